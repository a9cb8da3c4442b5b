/**
 * Keeps the last search indexes between builds, in the build cache (src/build-cache/).
 * Pagefind cannot update an index, only build it whole, yet most rebuilds change no indexed
 * text at all (a style, a photo, a list page). The key is a digest of exactly what Pagefind
 * would be handed (every page's path and document) with the version of the code that builds
 * the index (these files and Pagefind's version); when it matches, the stored bundle is linked
 * into the output instead of indexing again. When it does not, the most recently used stored
 * bundle seeds the new one, so Pagefind writes only the files that changed.
 *
 * An entry is a folder named by its key, written as a temporary folder and renamed into place
 * only when complete; the cache's index lists its files with their sizes and modification
 * times, checked before reuse: the output's files are hard links to the entry's, so a file
 * changed or removed on either side is noticed and the index is built again. A folder the
 * index does not list (a build killed before writing it) is never used, and pruning removes it.
 */
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { codeVersion } from '../build-cache/code-version.ts';
import { StageCache, entryKey } from '../build-cache/stage-cache.ts';
import { indexFilesOf, isContentNamed } from './pagefind-index-files.ts';
import { messages } from './search-index-messages.ts';

interface StoredFile {
  path: string;
  size: number;
  mtimeMs: number;
}

export type SearchCache = StageCache<StoredFile[]>;

const isStoredFiles = (value: unknown): value is StoredFile[] =>
  Array.isArray(value) && value.every((file: Partial<StoredFile> | null) => typeof file?.path === 'string' && typeof file.size === 'number' && typeof file.mtimeMs === 'number');

/** The search folder of the build cache; undefined: nothing is kept. */
export function openSearchCache(cacheDir: string | undefined): SearchCache {
  return StageCache.open(cacheDir, isStoredFiles);
}

/**
 * The key of the index of these documents, in order: their paths and texts with the code that
 * turns them into an index and `settings` (what else shapes it: Pagefind's options).
 */
export function searchInputKey(documents: readonly { path: string; content: string }[], settings: string): string {
  const version = codeVersion({
    sources: ['./search-index.ts', './search-index-cache.ts', './pagefind-index-files.ts', './pagefind-cli.ts'].map((file) => new URL(file, import.meta.url)),
    packages: ['pagefind'],
    settings: [settings],
  });
  return entryKey(version, documents.flatMap((document) => [document.path, document.content]));
}

export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/')).sort();
}

/**
 * A hard link costs a directory entry; a copy is the fallback where links are refused. Plain
 * synchronous calls: for thousands of small files they take a fraction of the time promises do.
 */
function linkTree(from: string, to: string, files: readonly string[]): void {
  const made = new Set<string>();
  for (const file of files) {
    const target = join(to, file);
    const folder = dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    try {
      linkSync(join(from, file), target);
    } catch {
      copyFileSync(join(from, file), target);
    }
  }
}

/**
 * Links the content-named files of a stored index (see pagefind-index-files.ts) into the folder
 * Pagefind is about to write to. Pagefind then compresses and writes only the files that are
 * new: after one article changed, a few hundred of thousands.
 */
export function seedFromStoredIndex(stored: string, target: string, files: readonly string[]): void {
  linkTree(stored, target, files.filter(isContentNamed));
}

/**
 * After Pagefind wrote into a seeded folder: removes the content-named files its new index
 * does not use (the last index's excerpts of changed pages, its old word index), and turns
 * each other file identical to the stored one (the search script, the search engine) into a
 * link to it. The folder then holds exactly the files of the new index.
 */
export function keepOnlyNewIndex(folder: string, files: readonly string[], stored: string): void {
  const used = usedIndexFiles(folder);
  for (const file of files) {
    const path = join(folder, file);
    if (isContentNamed(file)) {
      if (!used.has(file)) unlinkSync(path);
      continue;
    }
    const earlier = join(stored, file);
    if (!sameBytes(path, earlier)) continue;
    unlinkSync(path);
    try {
      linkSync(earlier, path);
    } catch {
      copyFileSync(earlier, path);
    }
  }
  const missing = [...used].filter((file) => !existsSync(join(folder, file)));
  if (missing.length) throw new Error(messages.indexFilesMissing(missing.slice(0, 5)));
}

/** The files the new index uses; its metadata unreadable fails the build saying what to do. */
function usedIndexFiles(folder: string): Set<string> {
  try {
    return indexFilesOf(folder);
  } catch (error) {
    throw new Error(messages.indexUnreadable(error instanceof Error ? error.message : String(error)));
  }
}

function sameBytes(a: string, b: string): boolean {
  try {
    return statSync(a).size === statSync(b).size && readFileSync(a).equals(readFileSync(b));
  } catch {
    return false;
  }
}

export interface StoredBundle {
  folder: string;
  /** Every file of the bundle, relative to its folder. */
  files: string[];
}

/** Whether every file the index lists for an entry is still there, unchanged. */
function intact(folder: string, files: readonly StoredFile[]): boolean {
  try {
    return files.every((file) => {
      const stats = statSync(join(folder, file.path));
      return stats.size === file.size && stats.mtimeMs === file.mtimeMs;
    });
  } catch {
    return false;
  }
}

/**
 * The most recently used stored index whose files are all there and unchanged, whatever its
 * key, or undefined when there is none. Its files are seeded into the next index, so a damaged
 * one must never be used.
 */
export function newestStoredBundle(cache: SearchCache): StoredBundle | undefined {
  if (!cache.dir) return undefined;
  for (const [key, files] of cache.newestFirst()) {
    const folder = join(cache.dir, key);
    if (intact(folder, files)) return { folder, files: files.map((file) => file.path) };
  }
  return undefined;
}

/**
 * Puts the stored bundle for `key` at `outputPath` and returns true, or returns false when
 * there is none or it is damaged (a damaged entry is forgotten, and pruning removes its folder).
 */
export async function restoreSearchIndex(cache: SearchCache, key: string, outputPath: string): Promise<boolean> {
  const files = cache.dir ? cache.get(key) : undefined;
  if (!cache.dir || !files) return false;
  const folder = join(cache.dir, key);
  if (!intact(folder, files)) {
    cache.delete(key);
    return false;
  }
  await rm(outputPath, { recursive: true, force: true });
  linkTree(folder, outputPath, files.map((file) => file.path));
  return true;
}

/** Stores the bundle at `outputPath` under `key`. A failure only costs the next build its reuse. */
export async function storeSearchIndex(cache: SearchCache, key: string, outputPath: string): Promise<void> {
  if (!cache.dir) return;
  const temporary = join(cache.dir, `.tmp-${process.pid}-${randomUUID()}`);
  try {
    mkdirSync(cache.dir, { recursive: true });
    const files = await filesUnder(outputPath);
    linkTree(outputPath, temporary, files);
    const stats = files.map((file) => statSync(join(temporary, file)));
    const entry = join(cache.dir, key);
    await rm(entry, { recursive: true, force: true });
    await rename(temporary, entry);
    cache.set(key, files.map((path, index) => ({ path, size: stats[index]!.size, mtimeMs: stats[index]!.mtimeMs })));
  } catch {
    await rm(temporary, { recursive: true, force: true });
  }
}
