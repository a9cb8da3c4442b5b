/**
 * Checks an entry in the editor with the same schema the build uses, so rules a form cannot
 * express (a venue for in-person forums, an end after the start, alt text once a photo is
 * chosen) are caught before they break the next build. field-rules.ts shows each finding at
 * its field; the pre-save check (`entryProblems`) stops whatever is left with a message.
 */
import type { z } from 'zod';
import { toFieldProblems, validateForEditors } from '../content-check/issue-messages.ts';
import type { CollectionName } from '../schema/index.ts';
import type { ZoneName } from '../lib/time-zones.ts';
import { cms } from '../strings/cms.ts';
import { entrySchemas, entrySections } from './entry-schemas.ts';
import { formToFile } from './form-sections.ts';

type Path = (string | number)[];

/**
 * Paths of values an editor left empty: Decap stores a cleared text box as "", an empty list
 * as [] and an untouched group as {}, which the schema would read as "too short" or "the
 * group was filled in" instead of "not given".
 */
export function emptyValuePaths(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => (isObject(item) ? emptyValuePaths(item, [...path, index]) : []));
  if (!isObject(value)) return [];
  const paths: Path[] = [];
  for (const [key, child] of Object.entries(value)) {
    const childPath = [...path, key];
    if (isEmptyValue(child)) paths.push(childPath);
    else paths.push(...emptyValuePaths(child, childPath));
  }
  return paths;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  if (isObject(value)) return Object.values(value).every(isEmptyValue);
  return false;
}

/** Removes the empty values found by emptyValuePaths from a plain copy of the data. */
export function withoutEmptyValues<T>(data: T): T {
  const copy = structuredClone(data);
  for (const path of emptyValuePaths(copy)) {
    let parent: unknown = copy;
    for (const key of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
    delete (parent as Record<string | number, unknown>)[path.at(-1)!];
  }
  return copy;
}

/** One finding of the schema, with what field-rules.ts needs to place it. */
export interface EntryIssue {
  /** Path in the content file, e.g. ["results", "followUp", 2, "due"]. */
  path: Path;
  /** Labels from the file's top down, e.g. ["Hasil forum", "Rencana tindak lanjut", "nomor 3", "Batas waktu"]. */
  labels: string[];
  message: string;
  /** The value is not given (as opposed to given but wrong). */
  missing: boolean;
  /** A rule across fields (the schema's own message), not a rule of the field alone. */
  acrossFields: boolean;
}

/** The entry's findings; `data` is the form's data (parts of the form included). */
export function entryIssues(collection: CollectionName, data: Record<string, unknown>, zone?: ZoneName): EntryIssue[] {
  const { body: _body, ...frontmatter } = formToFile(withoutEmptyValues(data), entrySections(collection));
  const schema: z.ZodType = entrySchemas(zone)[collection];
  const parsed = validateForEditors(schema, frontmatter);
  if (parsed.success) return [];
  const problems = toFieldProblems(schema, parsed.error);
  return parsed.error.issues.map((issue, index) => ({
    path: issue.path as Path,
    labels: problems[index]!.label.split(' › '),
    message: problems[index]!.message,
    missing: issue.code === 'invalid_type' && 'input' in issue && issue.input === undefined,
    acrossFields: issue.code === 'custom',
  }));
}

/** Problems with the entry, as lines an editor can act on; empty when it may be saved. */
export function entryProblems(collection: CollectionName, data: Record<string, unknown>, zone?: ZoneName): string[] {
  return entryIssues(collection, data, zone).map((issue) => `${issue.labels.join(' › ')}: ${issue.message}`);
}

export function problemsMessage(problems: readonly string[]): string {
  return `${cms.save.failed} ${problems.map((problem, index) => `(${index + 1}) ${problem}`).join(' ')}`;
}
