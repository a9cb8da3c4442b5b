/**
 * Results of the per-entry checks, kept between builds under node_modules/.cache/ and keyed
 * by each file's content, so a rebuild re-validates only the entries that changed. A change
 * to the schema, the rules, their messages or the packages they use makes a new fingerprint,
 * and with it an empty cache. An unreadable cache is ignored, never trusted.
 */
import { createHash } from 'node:crypto';
import { globSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ContentProblem } from './check-content.ts';
import type { FileFacts } from './file-probe.ts';
import { markdownParserVersion } from '../lib/markdown-parser.ts';

export interface CachedEntry {
  /** Hash of the file's text. */
  hash: string;
  /** Files the checks looked at, with what they found. */
  facts: FileFacts;
  problems: ContentProblem[];
  /** The entry's parsed data, when it passed its schema. */
  data?: Record<string, unknown>;
}

interface CacheFile {
  fingerprint: string;
  entries: Record<string, CachedEntry>;
}

const srcDir = fileURLToPath(new URL('..', import.meta.url));
/** Code whose change can change a per-entry result: the checks, the schema, the messages, the helpers. */
const CODE_FOLDERS = ['content-check', 'schema', 'strings', 'lib'];
const PACKAGES = ['zod', 'yaml', 'file-type'];

let codeHash: string | undefined;

function hashOfCode(): string {
  if (codeHash) return codeHash;
  const hash = createHash('sha256');
  for (const folder of CODE_FOLDERS) {
    for (const file of globSync('**/*.ts', { cwd: join(srcDir, folder) }).sort()) {
      hash.update(`${folder}/${file}\0`).update(readFileSync(join(srcDir, folder, file))).update('\0');
    }
  }
  for (const name of PACKAGES) {
    try {
      hash.update(`${name}@${(JSON.parse(readFileSync(join(srcDir, '..', 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version}\0`);
    } catch {
      hash.update(`${name}@?\0`);
    }
  }
  // The parser is the renderer's copy, which need not be the one at node_modules/satteri.
  hash.update(`satteri@${markdownParserVersion()}\0`);
  codeHash = hash.digest('hex');
  return codeHash;
}

/** Fingerprint of the code and of the per-entry rules in use (callers pass different sets). */
export function fingerprintOf(ruleNames: readonly string[]): string {
  return createHash('sha256').update(hashOfCode()).update(ruleNames.join('\0')).digest('hex');
}

export function hashText(text: string): string {
  return createHash('sha1').update(text).digest('hex');
}

const cacheFile = (cacheDir: string) => join(cacheDir, 'entries.json');

/** The cached results, or none when the cache is missing, unreadable or from other code. */
export function loadEntryCache(cacheDir: string, fingerprint: string): Map<string, CachedEntry> {
  try {
    const parsed = JSON.parse(readFileSync(cacheFile(cacheDir), 'utf8')) as CacheFile;
    if (parsed?.fingerprint !== fingerprint || typeof parsed.entries !== 'object' || parsed.entries === null) return new Map();
    const entries = new Map<string, CachedEntry>();
    for (const [file, entry] of Object.entries(parsed.entries)) {
      if (typeof entry?.hash === 'string' && Array.isArray(entry.problems) && typeof entry.facts === 'object' && entry.facts !== null) entries.set(file, entry);
    }
    return entries;
  } catch {
    return new Map();
  }
}

/** Written to a temporary file and renamed, so a build stopped halfway never leaves half a cache. */
export function saveEntryCache(cacheDir: string, fingerprint: string, entries: ReadonlyMap<string, CachedEntry>): void {
  const target = cacheFile(cacheDir);
  mkdirSync(dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ fingerprint, entries: Object.fromEntries(entries) } satisfies CacheFile));
  renameSync(temporary, target);
}
