/**
 * The CMS form and the build must accept the same content. The schema is read here a second,
 * independent way (zod's JSON Schema export), and every field is compared with the Decap
 * field generated for it: it must exist, be required exactly when the schema requires it,
 * offer the same choices, and accept or refuse the same probe values the way Decap itself
 * validates (presence, then RegExp.test of the pattern; min/max for numbers and lists).
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { collectionFields } from '../../src/cms/config.ts';
import type { DecapField } from '../../src/cms/decap-fields.ts';
import { withoutSections } from '../../src/cms/form-sections.ts';
import { plainSchemas } from '../../src/schema/plain.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schema/index.ts';

interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: string[];
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  maxItems?: number;
  widget?: string;
  accept?: string[];
  maxSizeKb?: number;
  collection?: string;
  commaSeparated?: boolean;
}

const jsonSchemaOf = (name: CollectionName) =>
  z.toJSONSchema(plainSchemas()[name], { io: 'input', unrepresentable: 'any' }) as JsonSchema;

/** A value known to satisfy each pattern the schema uses; a new pattern needs a sample here. */
const PATTERN_SAMPLES: Record<string, string> = {
  '^https?:\\/\\/[^\\s]+$': 'https://contoh.go.id/halaman',
  '^https:\\/\\/[^\\s]+$': 'https://contoh.go.id',
  '^\\+?[0-9(][0-9 ()-]{2,20}$': '(0736) 123456',
  '^62[0-9]{8,13}$': '6281234567890',
  '^\\d{5}$': '38225',
  '^([01]\\d|2[0-3])[.:][0-5]\\d$': '09.00',
  '^[^\\s]+\\.pdf$': 'berita-acara.pdf',
};
const EMAIL_SAMPLE = 'ulpk@contoh.go.id';

function sampleFor(json: JsonSchema): string {
  if (json.pattern === undefined) return 'a';
  if ((json as { format?: string }).format === 'email') return EMAIL_SAMPLE;
  const sample = PATTERN_SAMPLES[json.pattern];
  if (!sample) throw new Error(`No sample value for the pattern ${json.pattern}: add one to PATTERN_SAMPLES.`);
  return sample;
}

/**
 * What the schema (as JSON Schema) accepts for a text value. The schema's text fields trim
 * before checking (JSON Schema cannot say so), so a value of only spaces counts as empty.
 */
function jsonAccepts(json: JsonSchema, raw: string): boolean {
  const value = raw.trim() === '' ? '' : raw;
  if (json.minLength !== undefined && value.length < json.minLength) return false;
  if (json.maxLength !== undefined && value.length > json.maxLength) return false;
  if (json.pattern !== undefined && !new RegExp(json.pattern).test(value)) return false;
  return true;
}

/** What Decap accepts for a text value (Widget.validatePresence + validatePattern). */
function decapAccepts(field: DecapField, value: string): boolean {
  if (value.length === 0) return field.required === false;
  return field.pattern ? new RegExp(field.pattern[0]).test(value) : true;
}

function textProbes(json: JsonSchema): string[] {
  const base = sampleFor(json);
  const probes = [base, 'x y z', ' '];
  const stretch = (length: number) => (base.length >= length ? base.slice(0, length) : base + 'a'.repeat(length - base.length));
  if (json.pattern === undefined) {
    for (const length of [json.minLength, json.maxLength]) {
      if (length === undefined) continue;
      probes.push(stretch(Math.max(length - 1, 0)), stretch(length), stretch(length + 1));
    }
  }
  return probes.filter((probe) => probe.length > 0);
}

function compareField(path: string, json: JsonSchema, field: DecapField | undefined, requiredBySchema: boolean, insideOptionalGroup: boolean) {
  expect(field, `${path}: no CMS field`).toBeDefined();
  if (!field) return;
  const effectiveRequired = requiredBySchema && !insideOptionalGroup;
  expect(field.required !== false, `${path}: required differs`).toBe(effectiveRequired);
  if (json.widget) expect(field.widget === json.widget || (field.widget === 'datetime' && ['date', 'datetime'].includes(json.widget)), `${path}: widget`).toBe(true);

  if (json.enum) {
    expect(field.widget, `${path}: choices need a select`).toBe('select');
    expect(field.options?.map((option) => option.value), `${path}: choices differ`).toEqual(json.enum);
    return;
  }
  if (json.widget === 'image' || json.widget === 'file') {
    expect(field.media_library?.config.max_file_size, `${path}: size limit`).toBe((json.maxSizeKb ?? 0) * 1024);
    for (const type of json.accept ?? []) expect(new RegExp(field.pattern![0]).test(`berkas.${type}`), `${path}: accepts .${type}`).toBe(true);
    expect(new RegExp(field.pattern![0]).test('berkas.exe'), `${path}: refuses .exe`).toBe(false);
    return;
  }
  if (json.widget === 'survey-import') {
    // The "Impor jawaban" control fills the whole group from an answer sheet, with no field to
    // type into; that what it writes passes the schema is tested with the importer itself
    // (tests/unit/survey/analyze-sheet.test.ts) and in the editor (tests/e2e/survey-import.test.ts).
    expect(field.fields, `${path}: typed fields`).toBeUndefined();
    return;
  }
  if (json.widget === 'relation') {
    expect(field.collection, `${path}: relation target`).toBe(json.collection);
    expect(field.value_field).toBe('{{slug}}');
    return;
  }
  if (json.type === 'object' && json.properties) {
    compareObject(path, json, field.fields ?? [], insideOptionalGroup || !requiredBySchema);
    return;
  }
  if (json.type === 'array' && json.items) {
    expect(field.min, `${path}: fewest items`).toBe(json.minItems);
    expect(field.max, `${path}: most items`).toBe(json.maxItems);
    if (json.items.type === 'object') compareObject(`${path}[]`, json.items, field.fields ?? [], false);
    else if (json.commaSeparated) {
      // Typed in one box: Decap checks no item, so the list shows the schema's findings for them.
      expect(field.field, `${path}: one box for all items`).toBeUndefined();
      expect(field.schema_path, `${path}: items checked by the schema at the list`).toBe(path);
    } else compareField(`${path}[]`, json.items, field.field, true, false);
    return;
  }
  if (json.type === 'number' || json.type === 'integer') {
    const minimum = json.minimum ?? (json.exclusiveMinimum !== undefined ? json.exclusiveMinimum + (json.type === 'integer' ? 1 : 0.01) : undefined);
    expect(field.min, `${path}: smallest number`).toBe(minimum);
    if (json.maximum !== undefined && json.maximum < Number.MAX_SAFE_INTEGER) expect(field.max, `${path}: largest number`).toBe(json.maximum);
    expect(field.value_type, `${path}: whole numbers`).toBe(json.type === 'integer' ? 'int' : 'float');
    return;
  }
  if (json.type === 'string' && field.widget !== 'datetime') {
    for (const probe of textProbes(json)) {
      expect(decapAccepts(field, probe), `${path}: "${probe}" is ${jsonAccepts(json, probe) ? 'accepted' : 'refused'} by the schema`).toBe(jsonAccepts(json, probe));
    }
  }
}

function compareObject(path: string, json: JsonSchema, fields: readonly DecapField[], insideOptionalGroup: boolean) {
  const names = Object.keys(json.properties ?? {});
  expect(fields.map((field) => field.name).filter((name) => name !== 'body'), `${path}: CMS fields differ from the schema's`).toEqual(names);
  for (const name of names) {
    const child = json.properties![name]!;
    compareField(path ? `${path}.${name}` : name, child, fields.find((field) => field.name === name), (json.required ?? []).includes(name), insideOptionalGroup);
  }
}

describe('CMS form generated from the schema', () => {
  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    it(`${name}: every field has a CMS field with the same rules`, () => {
      // The form's parts (sections) are the editor's only: the file, like the schema, is flat.
      compareObject('', jsonSchemaOf(name), withoutSections(collectionFields(name)), false);
    });
  }

  it('notices a rule that differs (a longer title in the form than in the schema)', () => {
    const fields = collectionFields('news');
    const title = fields.find((field) => field.name === 'title')!;
    title.pattern = [/^(?=[\s\S]{10,200}$)/, 'Isi 10–200 karakter.'];
    expect(() => compareObject('', jsonSchemaOf('news'), fields, false)).toThrow(/title/);
  });

  it('notices a schema field with no CMS field', () => {
    const fields = collectionFields('surveys').filter((field) => field.name !== 'population');
    expect(() => compareObject('', jsonSchemaOf('surveys'), fields, false)).toThrow(/fields differ/);
  });

  it('notices a field left out of a part of the form', () => {
    const fields = collectionFields('services').map((field) => (field.name === 'whatToBring' ? { ...field, fields: field.fields!.slice(1) } : field));
    expect(() => compareObject('', jsonSchemaOf('services'), withoutSections(fields), false)).toThrow(/fields differ/);
  });
});
