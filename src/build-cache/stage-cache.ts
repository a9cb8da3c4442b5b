/**
 * One stage's part of the build cache (place.ts): an index file listing its entries, each
 * with the number of the last build that used it, and for stages whose entries are files
 * (compressed copies, share cards, search indexes) those files beside it, named by key.
 *
 * Key rule: an entry's key is a digest of its content and of the version of the code that
 * produced it (`entryKey`, code-version.ts), so an entry made by other code is never found.
 *
 * Pruning rule: each build that uses the cache gets the next number; at its end, entries that
 * none of the last KEPT_BUILDS builds used are removed, with their files, and so are files
 * the index does not list (a build stopped before writing its index). A build that uses
 * exactly what the one before used writes nothing.
 *
 * A missing, damaged or foreign index counts as empty, and then so does every file beside it:
 * nothing is trusted that the index does not vouch for. The index is written to a temporary
 * file and renamed, so a build stopped halfway never leaves half an index.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Builds whose entries are kept. The page-facts cache kept the latest builds of four build
 * folders and the compressed copies four times the site's files: four builds lets the site's
 * own build survive the fixture sites a test run builds beside it, and keeps the pages as
 * they were before an edit for no more than a few builds.
 */
export const KEPT_BUILDS = 4;
export const INDEX_FILE = 'index.json';
/** Changes whenever the layout of the index changes, so an older index is never misread. */
const FORMAT = 'portal-build-cache 1';
/** Names of entry files: the key, then an optional extension (".br", ".png"). */
const ENTRY_NAME = /^([0-9a-f]{64})(\.[a-z0-9]+)?$/;
/** Temporary files and folders of a build that died are removed once they are this old. */
const TEMPORARY_AGE_MS = 60 * 60 * 1000;

interface IndexFile {
  format: string;
  build: number;
  /** Key → [number of the last build that used it, value]. */
  entries: Record<string, [number, unknown]>;
}

/** An entry's key: a digest of the code version and the content parts, each kept apart from the next. */
export function entryKey(codeVersion: string, content: Iterable<string | Uint8Array>): string {
  const hash = createHash('sha256').update(codeVersion).update('\0');
  for (const part of content) hash.update(typeof part === 'string' ? `${part.length}:` : `${part.byteLength}:`).update(part);
  return hash.digest('hex');
}

/** A name beside `target` for writing it whole before renaming it into place. */
export function temporaryPath(target: string): string {
  return `${target}.${process.pid}.${randomUUID()}.tmp`;
}

/** Written whole under a temporary name and renamed, so no reader ever sees half a file. */
export function writeAtomically(target: string, bytes: Uint8Array | string): void {
  const temporary = temporaryPath(target);
  writeFileSync(temporary, bytes);
  renameSync(temporary, target);
}

function stampOf(file: string): string | undefined {
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats && `${stats.size}:${stats.mtimeMs}`;
}

function readIndex(file: string): IndexFile | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<IndexFile> | null;
    if (parsed?.format !== FORMAT || !Number.isSafeInteger(parsed.build) || typeof parsed.entries !== 'object' || parsed.entries === null) return undefined;
    return parsed as IndexFile;
  } catch {
    return undefined;
  }
}

function usable(entry: unknown): entry is [number, unknown] {
  return Array.isArray(entry) && entry.length === 2 && Number.isSafeInteger(entry[0]);
}

export class StageCache<T> {
  /** The stage's folder; undefined: nothing is kept between builds. */
  readonly dir: string | undefined;
  /** This build's number. */
  readonly build: number;
  private readonly isValue: (value: unknown) => value is T;
  private readonly entries = new Map<string, [number, T]>();
  private readonly lastBuild: number;
  private readonly stamp: string | undefined;
  private changed = false;

  private constructor(dir: string | undefined, isValue: (value: unknown) => value is T, stored: IndexFile | undefined, stamp: string | undefined) {
    this.dir = dir;
    this.isValue = isValue;
    this.lastBuild = stored?.build ?? 0;
    this.build = this.lastBuild + 1;
    this.stamp = stamp;
    for (const [key, entry] of Object.entries(stored?.entries ?? {})) if (usable(entry)) this.entries.set(key, entry as [number, T]);
  }

  /** The cache in `dir`; `isValue` tells a whole value from a damaged one, which is then not found. */
  static open<T>(dir: string | undefined, isValue: (value: unknown) => value is T): StageCache<T> {
    if (!dir) return new StageCache(undefined, isValue, undefined, undefined);
    const file = join(dir, INDEX_FILE);
    const stamp = stampOf(file);
    return new StageCache(dir, isValue, stamp === undefined ? undefined : readIndex(file), stamp);
  }

  /** The value stored under `key`, marked as used by this build. */
  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (!entry || !this.isValue(entry[1])) return undefined;
    if (entry[0] < this.lastBuild) this.changed = true;
    entry[0] = Math.max(entry[0], this.build);
    return entry[1];
  }

  /** Whether a value is stored under `key`, without marking it as used. */
  has(key: string): boolean {
    const entry = this.entries.get(key);
    return entry !== undefined && this.isValue(entry[1]);
  }

  set(key: string, value: T): void {
    this.entries.set(key, [this.build, value]);
    this.changed = true;
  }

  /** Forgets an entry found damaged (its files go at the next save). */
  delete(key: string): void {
    if (this.entries.delete(key)) this.changed = true;
  }

  /** The stored entries, the most recently used first. */
  newestFirst(): [string, T][] {
    return [...this.entries]
      .filter(([, entry]) => this.isValue(entry[1]))
      .sort((a, b) => b[1][0] - a[1][0])
      .map(([key, entry]) => [key, entry[1]]);
  }

  /**
   * Ends this build's use of the cache: takes in what another build wrote meanwhile, prunes
   * (see the top of this file) and writes the index, when this build used or added anything
   * the last one did not.
   */
  save(): void {
    if (!this.dir || !this.changed) return;
    const file = join(this.dir, INDEX_FILE);
    let build = this.build;
    if (stampOf(file) !== this.stamp) {
      const other = readIndex(file);
      build = Math.max(build, other?.build ?? 0);
      for (const [key, entry] of Object.entries(other?.entries ?? {})) {
        const ours = this.entries.get(key);
        if (usable(entry) && (!ours || ours[0] < entry[0])) this.entries.set(key, entry as [number, T]);
      }
    }
    for (const [key, [used]] of this.entries) if (used <= build - KEPT_BUILDS) this.entries.delete(key);
    mkdirSync(this.dir, { recursive: true });
    const body: IndexFile = { format: FORMAT, build, entries: Object.fromEntries(this.entries) };
    writeAtomically(file, JSON.stringify(body));
    this.removeUnlistedFiles();
    this.changed = false;
  }

  /** Entry files whose key the index no longer lists, and temporary files of builds that died. */
  private removeUnlistedFiles(): void {
    const dir = this.dir as string;
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const key = ENTRY_NAME.exec(name)?.[1];
      if (key !== undefined ? !this.entries.has(key) : isStaleTemporary(name, path)) rmSync(path, { recursive: true, force: true });
    }
  }
}

/** A temporary file or folder (temporaryPath) left by a build that died: old enough to remove. */
export function isStaleTemporary(name: string, path: string): boolean {
  if (!name.endsWith('.tmp') && !name.startsWith('.tmp-')) return false;
  const modified = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
  return modified !== undefined && Date.now() - modified > TEMPORARY_AGE_MS;
}
