/**
 * Reads a zod field the way a form (and a check) needs it: its kind, whether it may be left empty, its
 * default, and the rules an editor's input must meet (lengths, patterns, ranges, choices).
 * Wrappers (optional, default, preprocess pipes) are looked through, so `calendarDate()`
 * reads as a string and `line().optional()` as an optional string.
 */
import type { z } from 'zod';
import { fieldMeta, type FieldMeta } from './fields.ts';

export type FieldKind = 'string' | 'number' | 'boolean' | 'enum' | 'array' | 'object' | 'other';

export interface FieldRules {
  minLength?: number;
  maxLength?: number;
  /** Every regular expression the value must match. */
  patterns: RegExp[];
  /** Smallest and largest number allowed (inclusive, after integer rounding). */
  minimum?: number;
  maximum?: number;
  integer: boolean;
  minItems?: number;
  maxItems?: number;
  /** Stored values a choice field accepts. */
  choices?: string[];
}

export interface FieldReading {
  kind: FieldKind;
  /** True when the value may be missing (optional or defaulted). */
  optional: boolean;
  defaultValue?: unknown;
  meta: FieldMeta | undefined;
  rules: FieldRules;
  /** The schema under the wrappers. */
  inner: z.ZodType;
}

interface AnyDef {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  defaultValue?: unknown;
  checks?: { _zod: { def: Record<string, unknown> } }[];
  format?: string;
  pattern?: RegExp;
  entries?: Record<string, string>;
  element?: z.ZodType;
  shape?: Record<string, z.ZodType>;
}

const defOf = (schema: z.ZodType) => schema._zod.def as unknown as AnyDef;

export function readField(schema: z.ZodType): FieldReading {
  let current = schema;
  let optional = false;
  let defaultValue: unknown;
  for (let guard = 0; guard < 20; guard++) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'nullable') {
      optional = true;
      current = def.innerType!;
    } else if (def.type === 'default' || def.type === 'prefault') {
      optional = true;
      defaultValue = def.defaultValue;
      current = def.innerType!;
    } else if (def.type === 'pipe' && def.in && def.out) {
      // A preprocess pipe starts with a transform: the value editors type is what `out` reads.
      current = defOf(def.in).type === 'transform' ? def.out : def.in;
    } else break;
  }
  const def = defOf(current);
  const kind: FieldKind = (['string', 'number', 'boolean', 'enum', 'array', 'object'] as const).find((k) => k === def.type) ?? 'other';
  return { kind, optional, defaultValue, meta: fieldMeta(schema), rules: rulesOf(def), inner: current };
}

function rulesOf(def: AnyDef): FieldRules {
  const rules: FieldRules = { patterns: [], integer: false };
  let exclusiveMinimum = false;
  let exclusiveMaximum = false;
  if (def.type === 'enum' && def.entries) rules.choices = Object.values(def.entries);
  if (def.format === 'email' && def.pattern) rules.patterns.push(def.pattern);
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    switch (c.check) {
      case 'min_length':
        if (def.type === 'array') rules.minItems = c.minimum as number;
        else rules.minLength = c.minimum as number;
        break;
      case 'max_length':
        if (def.type === 'array') rules.maxItems = c.maximum as number;
        else rules.maxLength = c.maximum as number;
        break;
      case 'length_equals':
        rules.minLength = rules.maxLength = c.length as number;
        break;
      case 'string_format':
        if (c.pattern instanceof RegExp) rules.patterns.push(c.pattern);
        break;
      case 'number_format':
        if (c.format === 'safeint' || c.format === 'int32') rules.integer = true;
        break;
      case 'greater_than':
        rules.minimum = c.value as number;
        exclusiveMinimum = !c.inclusive;
        break;
      case 'less_than':
        rules.maximum = c.value as number;
        exclusiveMaximum = !c.inclusive;
        break;
    }
  }
  // A form states inclusive bounds; "more than 0" for a whole number is "at least 1".
  if (exclusiveMinimum && rules.minimum !== undefined) rules.minimum += rules.integer ? 1 : 0.01;
  if (exclusiveMaximum && rules.maximum !== undefined) rules.maximum -= rules.integer ? 1 : 0.01;
  return rules;
}

/** The fields of an object schema, in declaration order. */
export function objectShape(reading: FieldReading): Record<string, z.ZodType> {
  return defOf(reading.inner).shape ?? {};
}

/** The item schema of an array schema. */
export function arrayElement(reading: FieldReading): z.ZodType | undefined {
  return defOf(reading.inner).element;
}
