/**
 * Long forms in parts. A top-level field whose schema meta names a `section` is shown inside
 * a collapsible part of the form (a Decap object), in the order a reader meets it on the
 * page. The parts exist in the editor only: a content file stays flat, one key per field, so
 * pages, the content check and older files never see them. `fileToForm` and `formToFile`
 * move values between the two shapes; the entry format (entry-file/) applies them on load
 * and save, and the pre-save check and previews read the flat shape.
 */
import type { z } from 'zod';
import type { FormSection } from '../schema/fields.ts';
import { objectShape, readField } from '../schema/read-field.ts';
import type { DecapField } from './decap-fields.ts';

export interface SectionPlan extends FormSection {
  /** Top-level keys of the content file shown in this part, in schema order. */
  fields: string[];
}

type Data = Record<string, unknown>;

export function sectionsOf(schema: z.ZodType): SectionPlan[] {
  const shape = objectShape(readField(schema));
  const plans = new Map<string, SectionPlan>();
  for (const [key, field] of Object.entries(shape)) {
    const section = readField(field).meta?.section;
    if (!section) continue;
    const plan = plans.get(section.name) ?? { ...section, fields: [] };
    plan.fields.push(key);
    plans.set(section.name, plan);
  }
  for (const name of plans.keys()) {
    if (name in shape) throw new Error(`Bagian formulir "${name}" bernama sama dengan kolom di src/schema. Beri bagian itu nama lain.`);
  }
  return [...plans.values()];
}

/** The form's fields with each section's fields moved into one collapsible part. */
export function groupIntoSections(fields: readonly DecapField[], sections: readonly SectionPlan[]): DecapField[] {
  const sectionOf = new Map(sections.flatMap((section) => section.fields.map((name) => [name, section] as const)));
  const grouped: DecapField[] = [];
  const parts = new Map<string, DecapField>();
  for (const field of fields) {
    const section = sectionOf.get(field.name);
    if (!section) {
      grouped.push(field);
      continue;
    }
    let part = parts.get(section.name);
    if (!part) {
      part = { name: section.name, label: section.label, widget: 'object', required: true, collapsed: true, form_section: true, fields: [] };
      if (section.hint) part.hint = section.hint;
      parts.set(section.name, part);
      grouped.push(part);
    }
    part.fields!.push(field);
  }
  return grouped;
}

/** The fields of a form with its parts opened up again: the shape of the content file. */
export function withoutSections(fields: readonly DecapField[]): DecapField[] {
  return fields.flatMap((field) => (field.form_section ? (field.fields ?? []) : [field]));
}

/** Moves a file's values into the parts of the form. */
export function fileToForm(data: Data, sections: readonly SectionPlan[]): Data {
  if (!sections.length) return data;
  const form: Data = { ...data };
  for (const section of sections) {
    const part: Data = {};
    for (const key of section.fields) {
      if (key in form) part[key] = form[key];
      delete form[key];
    }
    form[section.name] = part;
  }
  return form;
}

/** Moves the values of the form's parts back to the top level, where the file keeps them. */
export function formToFile(data: Data, sections: readonly SectionPlan[]): Data {
  if (!sections.length) return data;
  const file: Data = { ...data };
  for (const section of sections) {
    const part = file[section.name];
    delete file[section.name];
    if (part && typeof part === 'object' && !Array.isArray(part)) Object.assign(file, part);
  }
  return file;
}
