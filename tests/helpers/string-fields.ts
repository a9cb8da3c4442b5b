/**
 * Every text field of a content type, found by walking its schema (not a list kept by hand),
 * with a way to put a value into a copy of valid data at that field, so a test can try any
 * value in every field a form or a file can hold.
 */
import type { z } from 'zod';
import { arrayElement, objectShape, readField } from '../../src/schema/read-field.ts';

export interface StringField {
  /** Technical path, e.g. ['results', 'attachments', 0, 'title']; lists are entered at item 0. */
  path: (string | number)[];
  /** The dotted path as problems name it: results.attachments.0.title */
  dotted: string;
  widget: string | undefined;
}

export function stringFields(schema: z.ZodType, path: (string | number)[] = []): StringField[] {
  const reading = readField(schema);
  if (reading.kind === 'string') return [{ path, dotted: path.join('.'), widget: reading.meta?.widget }];
  if (reading.kind === 'object') return Object.entries(objectShape(reading)).flatMap(([key, child]) => stringFields(child, [...path, key]));
  const element = arrayElement(reading);
  if (reading.kind === 'array' && element) return stringFields(element, [...path, 0]);
  return [];
}

/** Sets `value` at `path` in `data`, creating the groups and lists on the way. */
export function setAt(data: Record<string, unknown>, path: readonly (string | number)[], value: unknown): void {
  let parent: Record<string | number, unknown> = data;
  path.forEach((key, index) => {
    if (index === path.length - 1) {
      parent[key] = value;
      return;
    }
    const next = parent[key];
    if (typeof next !== 'object' || next === null) parent[key] = typeof path[index + 1] === 'number' ? [] : {};
    parent = parent[key] as Record<string | number, unknown>;
  });
}
