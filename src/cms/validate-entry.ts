/**
 * The last check before Decap saves: the entry is validated with the same schema the build
 * uses, so rules a form cannot express (a venue for in-person forums, an end after the
 * start, alt text once a photo is chosen) stop the save with the field's label and a fix,
 * instead of breaking the next build.
 */
import type { z } from 'zod';
import { toFieldProblems } from '../content-check/issue-messages.ts';
import type { CollectionName } from '../schema/index.ts';
import { cms } from '../strings/cms.ts';
import { plainSchemas } from '../schema/plain.ts';

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

/** Problems with the entry, as lines an editor can act on; empty when it may be saved. */
export function entryProblems(collection: CollectionName, data: Record<string, unknown>): string[] {
  const { body: _body, ...frontmatter } = withoutEmptyValues(data);
  const schema: z.ZodType = plainSchemas()[collection];
  const parsed = schema.safeParse(frontmatter);
  if (parsed.success) return [];
  return toFieldProblems(schema, parsed.error).map((problem) => `${problem.label}: ${problem.message}`);
}

export function problemsMessage(problems: readonly string[]): string {
  return `${cms.save.failed} ${problems.map((problem, index) => `(${index + 1}) ${problem}`).join(' ')}`;
}
