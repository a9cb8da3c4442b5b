/**
 * Content fixtures for schema and content-check tests. `valid/` is a small but complete
 * content folder that passes every rule; `broken/` holds one mistake per file, the kind
 * editors make. Schema tests start from a valid entry and change one field.
 */
import { z } from 'zod';
import { readEntry } from '../../src/content-check/read-entries.ts';
import { toFieldProblems, validateForEditors, type FieldProblem } from '../../src/content-check/issue-messages.ts';
import type { CollectionName } from '../../src/schema/index.ts';
import { plainSchemas } from '../../src/schema/plain.ts';
import { projectRoot } from './paths.ts';

export const validFixtureRoot = `${projectRoot}/tests/fixtures/content/valid`;
export const brokenFixtureRoot = `${projectRoot}/tests/fixtures/content/broken`;

/** The valid fixture file of each collection, relative to the fixture root. */
export const VALID_FILES: Record<CollectionName, string> = {
  news: 'content/news/pelatihan-label-pangan/index.mdx',
  services: 'content/services/pendampingan-umkm.mdx',
  forums: 'content/forums/forum-standar-2025/index.mdx',
  surveys: 'content/surveys/tahun-2025.yaml',
  settings: 'content/settings/office.yaml',
};

/** Schemas as the content checker builds them: images and references are plain strings. */
export function plainSchema(collection: CollectionName): z.ZodType {
  return plainSchemas()[collection];
}

// Fixture data is plain YAML, so it can be indexed freely while a test edits it.
export type Data = Record<string, any>;

/** A fresh copy of the valid fixture entry's data, as the content checker reads it. */
export function validData(collection: CollectionName): Data {
  const raw = readEntry(validFixtureRoot, VALID_FILES[collection], 'fixture');
  if (raw.readErrors.length) throw new Error(`Fixture ${VALID_FILES[collection]} does not parse`);
  return structuredClone(raw.data) as Data;
}

/** Validate data with a collection's schema; the problems an editor would read. */
export function problemsOf(collection: CollectionName, data: unknown): FieldProblem[] {
  const schema = plainSchema(collection);
  const result = validateForEditors(schema, data);
  return result.success ? [] : toFieldProblems(schema, result.error);
}

/** Parsed output of valid data, or the readable problems when it fails. */
export function parse(collection: CollectionName, data: unknown): Data {
  const schema = plainSchema(collection);
  const result = validateForEditors(schema, data);
  if (!result.success) throw new Error(JSON.stringify(toFieldProblems(schema, result.error), null, 2));
  return result.data as Data;
}

/** One mistake an editor can make, and what the editor must be told. */
export interface InvalidCase {
  name: string;
  change: (data: Data) => void;
  /** Technical path of the field, e.g. image.alt */
  path: string;
  /** The field's label path as the editor sees it in the form. */
  label: string;
  /** What is wrong and how to fix it. */
  message: RegExp;
  /** The field's hint, when the fix lives there. */
  hint?: RegExp;
}

/** Apply one case to a fresh valid entry and return the problem found at its path. */
export function problemFor(collection: CollectionName, testCase: InvalidCase): FieldProblem | undefined {
  const data = validData(collection);
  testCase.change(data);
  const problems = problemsOf(collection, data);
  return problems.find((problem) => problem.path === testCase.path);
}
