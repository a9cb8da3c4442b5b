/**
 * Turns the fields of a content schema into Decap CMS fields. Nothing here knows about a
 * particular collection: labels, hints, widgets and limits all come from the schema, so the
 * form cannot drift from what the build accepts.
 *
 * Decap checks a text field with one regular expression, so lengths, "not only spaces" and
 * the schema's own patterns are folded into one pattern with lookaheads. Decap has no
 * "required when ..." rule: inside an optional group (an optional photo, the venue of an
 * online forum), and for fields a rule requires only in some cases (`requiredWhen`), fields
 * are optional to Decap, say in their hint when they are required, are marked
 * `conditionally_required` so the form does not call them optional, and are checked at the
 * field by the same schema (see field-rules.ts and widgets/rule-checked-control.ts).
 *
 * Every field outside a list item carries `schema_path`, its dotted path in the content
 * file, so a rule's finding can be shown next to the field it concerns.
 */
import type { z } from 'zod';
import { cms } from '../strings/cms.ts';
import { arrayElement, objectShape, readField, type FieldReading } from '../schema/read-field.ts';

export interface DecapField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  default?: unknown;
  pattern?: [RegExp, string];
  options?: { label: string; value: string }[];
  value_type?: 'int' | 'float';
  min?: number;
  max?: number;
  step?: number;
  fields?: DecapField[];
  field?: DecapField;
  summary?: string;
  collapsed?: boolean;
  format?: string;
  date_format?: string | boolean;
  time_format?: string | boolean;
  picker_utc?: boolean;
  choose_url?: boolean;
  media_library?: { config: { max_file_size: number } };
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  multiple?: boolean;
  options_length?: number;
  modes?: string[];
  editor_components?: string[];
  buttons?: string[];
  sanitize_preview?: boolean;
  /** The field's dotted path in the content file; absent inside list items (their index varies). */
  schema_path?: string;
  /** Optional to Decap, but required in some cases: the form must not say "boleh dikosongkan". */
  conditionally_required?: boolean;
  /** A part of the form only (see form-sections.ts): its fields are stored at the top level. */
  form_section?: boolean;
}

/**
 * Body formatting: headings start at level 2, since the page's title is its only level 1;
 * components and raw HTML are not content (see the MDX safety check).
 */
export const BODY_BUTTONS = ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'];

/** Plain lines longer than this get a box of several lines, so a sentence is seen whole. */
export const ONE_LINE_MAX = 200;

/** Stored formats of the two date widgets; src/schema/fields.ts parses exactly these. */
export const DATE_FORMAT = 'YYYY-MM-DD';
export const DATE_TIME_FORMAT = 'YYYY-MM-DDTHH:mm';

interface Context {
  /** Label of the closest optional group, when the field sits inside one. */
  optionalParent?: string;
  /** Path of the enclosing object in the file; undefined inside list items. */
  path?: readonly string[];
}

/** Decap fields for every key of an object schema. */
export function decapFields(schema: z.ZodType, context: Context = { path: [] }): DecapField[] {
  const shape = objectShape(readField(schema));
  return Object.entries(shape).map(([name, field]) => decapField(name, field, context));
}

export function decapField(name: string, schema: z.ZodType, context: Context = { path: [] }): DecapField {
  const reading = readField(schema);
  const meta = reading.meta;
  if (!meta) throw new Error(`Kolom "${name}" tidak punya label dan widget. Bungkus kolom ini dengan field() di src/schema.`);

  const requiredBySchema = !reading.optional;
  const requiredByParent = requiredBySchema && Boolean(context.optionalParent);
  const required = requiredBySchema && !context.optionalParent;
  const hints = [meta.hint, meta.requiredWhen];
  if (requiredByParent) hints.push(cms.rules.requiredWithParent(context.optionalParent!));

  const base: DecapField = { name, label: meta.label, widget: meta.widget, required };
  const hint = hints.filter(Boolean).join(' ');
  if (hint) base.hint = hint;
  if (reading.defaultValue !== undefined && !Array.isArray(reading.defaultValue)) base.default = reading.defaultValue;
  const path = context.path ? [...context.path, name] : undefined;
  if (path) base.schema_path = path.join('.');
  if (requiredByParent || meta.requiredWhen) base.conditionally_required = true;

  const childContext: Context = { ...context, ...(reading.optional ? { optionalParent: meta.label } : {}), ...(path ? { path } : {}) };

  switch (meta.widget) {
    case 'string':
    case 'text':
      return withTextPattern(base, reading);
    case 'number':
      return numberField(base, reading);
    case 'boolean':
      return { ...base, default: reading.defaultValue ?? false };
    case 'select':
      return selectField(base, reading, name);
    case 'date':
      return { ...base, widget: 'datetime', format: DATE_FORMAT, date_format: DATE_FORMAT, time_format: false, picker_utc: false };
    case 'datetime':
      return { ...base, widget: 'datetime', format: DATE_TIME_FORMAT, date_format: DATE_FORMAT, time_format: 'HH:mm', picker_utc: false };
    case 'image':
    case 'file':
      return mediaField(base, reading, name);
    case 'object':
      return { ...base, collapsed: false, fields: decapFields(reading.inner, childContext) };
    case 'list':
      return listField(base, reading);
    case 'relation':
      return relationField(base, reading, name);
    case 'markdown':
      return { ...base, modes: ['rich_text', 'raw'], editor_components: [], buttons: BODY_BUTTONS, sanitize_preview: true };
    case 'hidden':
      return base;
    case 'survey-import':
      // A custom widget (src/cms/widgets/survey-import.ts) fills the whole group from an
      // answer sheet; its parts are not typed, so the form has no fields for them.
      return base;
  }
}

function withTextPattern(field: DecapField, reading: FieldReading): DecapField {
  const pattern = textPattern(reading);
  return pattern ? { ...field, pattern } : field;
}

/** One regular expression holding the length limits, "not blank" and the schema's patterns. */
export function textPattern(reading: FieldReading): [RegExp, string] | undefined {
  const { minLength, maxLength, patterns } = reading.rules;
  const parts: string[] = [];
  const messages: string[] = [];
  let flags = '';
  if (minLength !== undefined || maxLength !== undefined) {
    parts.push(`(?=[\\s\\S]{${minLength ?? 0},${maxLength ?? ''}}$)`);
    messages.push(cms.rules.length(minLength, maxLength));
  }
  if ((minLength ?? 0) >= 1) {
    parts.push('(?=[\\s\\S]*\\S)');
    if (!messages.length) messages.push(cms.rules.notBlank);
  }
  for (const pattern of patterns) {
    // `[\s\S]*?` lets an unanchored pattern match anywhere, as RegExp.test does.
    parts.push(`(?=[\\s\\S]*?(?:${pattern.source}))`);
    flags = [...new Set([...flags, ...pattern.flags.replace('g', '')])].join('');
  }
  if (!parts.length) return undefined;
  const schemaMessage = customMessage(reading);
  if (schemaMessage) messages.push(schemaMessage);
  return [new RegExp(`^${parts.join('')}`, flags), messages.join(' ')];
}

/** The message a pattern check carries in the schema, e.g. "Tulis alamat lengkap ...". */
function customMessage(reading: FieldReading): string | undefined {
  const def = reading.inner._zod.def as unknown as { checks?: { _zod: { def: { error?: (issue: unknown) => unknown } } }[]; error?: (issue: unknown) => unknown };
  const sources = [...(def.checks ?? []).map((check) => check._zod.def.error), def.error];
  for (const error of sources) {
    const message = typeof error === 'function' ? error({ code: 'invalid_format' }) : undefined;
    if (typeof message === 'string') return message;
    if (message && typeof message === 'object' && 'message' in message && typeof message.message === 'string') return message.message;
  }
  return undefined;
}

function numberField(field: DecapField, reading: FieldReading): DecapField {
  const { minimum, maximum, integer } = reading.rules;
  const result: DecapField = { ...field, value_type: integer ? 'int' : 'float', step: integer ? 1 : 0.01 };
  if (minimum !== undefined) result.min = minimum;
  if (maximum !== undefined) result.max = maximum;
  return result;
}

function selectField(field: DecapField, reading: FieldReading, name: string): DecapField {
  const choices = reading.rules.choices ?? [];
  const labels = reading.meta?.options ?? {};
  const unlabeled = choices.filter((choice) => !(choice in labels));
  if (unlabeled.length) throw new Error(`Pilihan "${name}" tidak punya label: ${unlabeled.join(', ')}. Tambahkan di options pada src/schema.`);
  return { ...field, options: choices.map((value) => ({ label: labels[value]!, value })) };
}

function mediaField(field: DecapField, reading: FieldReading, name: string): DecapField {
  const accept = reading.meta?.accept;
  const maxSizeKb = reading.meta?.maxSizeKb;
  if (!accept?.length || !maxSizeKb) throw new Error(`Kolom berkas "${name}" harus menyebut accept dan maxSizeKb di src/schema.`);
  const extensions = new RegExp(`\\.(?:${accept.join('|')})$`, 'i');
  const limit = cms.rules.fileLimit(accept, maxSizeKb);
  return {
    ...field,
    hint: [field.hint, limit].filter(Boolean).join(' '),
    choose_url: false,
    media_library: { config: { max_file_size: maxSizeKb * 1024 } },
    pattern: [extensions, cms.rules.fileTypes(accept)],
  };
}

function listField(field: DecapField, reading: FieldReading): DecapField {
  const element = arrayElement(reading);
  if (!element) throw new Error(`Daftar "${field.name}" tidak punya jenis isian.`);
  // An explicit empty default: without it Decap starts a list of groups with one blank item
  // whenever a field in the group has a default (e.g. "Sudah selesai": no).
  const result: DecapField = { ...field, default: [] };
  const { minItems, maxItems } = reading.rules;
  if (minItems !== undefined) result.min = minItems;
  if (maxItems !== undefined) result.max = maxItems;
  const item = readField(element);
  if (item.kind === 'object') {
    // Items exist only once added, so their required fields are simply required. Their
    // index varies, so they carry no schema_path: the list shows what rules find inside.
    result.fields = decapFields(element, {});
    const first = result.fields[0];
    if (first) result.summary = `{{fields.${first.name}}}`;
    result.collapsed = false;
  } else if (reading.meta?.commaSeparated) {
    // Short topics are typed in one box ("UMKM, Keamanan Pangan"): Decap's list without
    // `field`. Its lines have no box of their own, so the list shows what rules find in them.
    return result;
  } else {
    // A list of plain lines: each line gets its own text box with the item's rules.
    const label = item.meta?.label ?? reading.meta?.itemLabel ?? cms.rules.listItem;
    const widget = item.meta?.widget ?? ((item.rules.maxLength ?? 0) > ONE_LINE_MAX ? 'text' : 'string');
    result.collapsed = false;
    result.field = withTextPattern({ name: 'item', label, widget, required: true }, item);
  }
  return result;
}

function relationField(field: DecapField, reading: FieldReading, name: string): DecapField {
  const collection = reading.meta?.collection;
  if (!collection) throw new Error(`Kolom relasi "${name}" harus menyebut collection di src/schema.`);
  const multiple = reading.kind === 'array';
  const result: DecapField = {
    ...field,
    collection,
    // The stored value is the entry's file name without extension: the id Astro references.
    value_field: '{{slug}}',
    search_fields: ['title'],
    display_fields: ['title'],
    multiple,
    options_length: 100,
  };
  if (multiple) {
    const { minItems, maxItems } = reading.rules;
    if (minItems !== undefined) result.min = minItems;
    if (maxItems !== undefined) result.max = maxItems;
  }
  return result;
}
