/**
 * What the content check keeps per entry in the build cache (src/build-cache/), so a rebuild
 * re-validates only the entries that changed. An entry's key is its file's path and text with
 * the version of the code behind the checks: the checks, the schema, the messages, the
 * helpers, the packages they use and the per-entry rules in use (callers pass different sets).
 */
import { codeVersion } from '../build-cache/code-version.ts';
import type { ContentProblem } from './check-content.ts';
import type { FileFacts } from './file-probe.ts';
import { markdownParserVersion } from '../lib/markdown-parser.ts';

export interface CachedEntry {
  /** Files the checks looked at, with what they found. */
  facts: FileFacts;
  problems: ContentProblem[];
  /** The entry's parsed data, when it passed its schema. */
  data?: Record<string, unknown>;
}

/** A light shape check, so a damaged entry is checked again instead of trusted. */
export function isCachedEntry(value: unknown): value is CachedEntry {
  const entry = value as Partial<CachedEntry> | null;
  return typeof entry === 'object' && entry !== null && Array.isArray(entry.problems) && typeof entry.facts === 'object' && entry.facts !== null;
}

/** Code whose change can change a per-entry result: the checks, the schema, the messages, the helpers. */
const CODE_FOLDERS = ['content-check', 'schema', 'strings', 'lib'];

export function entryCodeVersion(ruleNames: readonly string[]): string {
  return codeVersion({
    sources: CODE_FOLDERS.map((folder) => new URL(`../${folder}/`, import.meta.url)),
    packages: ['zod', 'yaml', 'file-type'],
    // The parser is the renderer's copy, which need not be the one at node_modules/satteri.
    settings: [`satteri@${markdownParserVersion()}`, ...ruleNames],
  });
}
