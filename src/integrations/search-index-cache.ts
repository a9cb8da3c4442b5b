/**
 * Keeps the last search index between builds. Pagefind cannot update an index, only build it
 * whole, yet most rebuilds change no indexed text at all (a style, a photo, a list page).
 * The key is a hash of exactly what Pagefind would be handed (every page's path and
 * document), Pagefind's version and its options; when it matches, the stored bundle is
 * linked into the output instead of indexing again. When it does not, the newest stored
 * bundle seeds the new one, so Pagefind writes only the files that changed.
 *
 * An entry is written into a temporary folder and renamed into place only when complete, so a
 * build killed half-way never leaves an entry that looks whole. Its manifest lists every file
 * with its size and modification time, checked before reuse: the output's files are hard
 * links to the entry's, so a file changed or removed on either side is noticed and the index
 * is built again.
 */
import { createHash, randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { indexFilesOf, isContentNamed } from './pagefind-index-files.ts';
import { messages } from './search-index-messages.ts';

/**
 * Entries kept, least recently used first out: the site's own index must survive the fixture
 * sites that a test run builds in between (each has an index of its own).
 */
const KEPT_ENTRIES = 10;
/** Changes whenever the layout of an entry changes, so older entries are never misread. */
const CACHE_FORMAT = 'portal-search-cache 1';
const MANIFEST = 'manifest.json';
const BUNDLE = 'bundle';
const TEMPORARY_PREFIX = '.tmp-';

interface ManifestFile {
  path: string;
  size: number;
  mtimeMs: number;
}

interface Manifest {
  key: string;
  files: ManifestFile[];
}

/** Hash of the documents handed to Pagefind, in order, with what else shapes the index. */
export function searchInputKey(documents: readonly { path: string; content: string }[], settings: string): string {
  const hash = createHash('sha256');
  hash.update(`${CACHE_FORMAT}\0${settings}\0`);
  for (const document of documents) hash.update(`${document.path}\0${document.content.length}\0${document.content}\0`);
  return hash.digest('hex');
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

/**
 * The newest stored index whose files are all there and unchanged, whatever its key, or
 * undefined when there is none. Its files are seeded into the next index, so a damaged one
 * must never be used.
 */
export async function newestStoredBundle(cacheDir: string): Promise<StoredBundle | undefined> {
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  const entries = names.filter((name) => !name.startsWith(TEMPORARY_PREFIX)).map((name) => join(cacheDir, name));
  const dated = entries.map((entry) => ({ entry, modified: statSync(join(entry, MANIFEST), { throwIfNoEntry: false })?.mtimeMs }));
  for (const { entry } of dated.filter((item) => item.modified !== undefined).sort((a, b) => b.modified! - a.modified!)) {
    const manifest = await readManifest(entry);
    if (manifest && (await intact(entry, manifest))) return { folder: join(entry, BUNDLE), files: manifest.files.map((file) => file.path) };
  }
  return undefined;
}

async function readManifest(entry: string): Promise<Manifest | undefined> {
  try {
    return JSON.parse(await readFile(join(entry, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

/** Whether every file the manifest lists is still there, unchanged. */
async function intact(entry: string, manifest: Manifest): Promise<boolean> {
  try {
    const stats = manifest.files.map((file) => statSync(join(entry, BUNDLE, file.path)));
    return stats.every((stats, index) => stats.size === manifest.files[index]!.size && stats.mtimeMs === manifest.files[index]!.mtimeMs);
  } catch {
    return false;
  }
}

/**
 * Puts the stored bundle for `key` at `outputPath` and returns true, or returns false when
 * there is none or it is damaged (a damaged entry is removed).
 */
export async function restoreSearchIndex(cacheDir: string, key: string, outputPath: string): Promise<boolean> {
  const entry = join(cacheDir, key);
  const manifest = await readManifest(entry);
  if (!manifest || manifest.key !== key || !(await intact(entry, manifest))) {
    await rm(entry, { recursive: true, force: true });
    return false;
  }
  await rm(outputPath, { recursive: true, force: true });
  linkTree(join(entry, BUNDLE), outputPath, manifest.files.map((file) => file.path));
  const now = new Date();
  await utimes(entry, now, now);
  return true;
}

/** Keeps only the newest entries and removes temporary folders of builds that died. */
async function prune(cacheDir: string, keep: string): Promise<void> {
  const names = await readdir(cacheDir);
  const entries = await Promise.all(names.map(async (name) => ({ name, modified: (await stat(join(cacheDir, name)).catch(() => undefined))?.mtimeMs ?? 0 })));
  const hour = 60 * 60 * 1000;
  const stale = entries.filter((entry) => entry.name.startsWith(TEMPORARY_PREFIX) && Date.now() - entry.modified > hour);
  const old = entries
    .filter((entry) => !entry.name.startsWith(TEMPORARY_PREFIX) && entry.name !== keep)
    .sort((a, b) => b.modified - a.modified)
    .slice(KEPT_ENTRIES - 1);
  await Promise.all([...stale, ...old].map((entry) => rm(join(cacheDir, entry.name), { recursive: true, force: true })));
}

/** Stores the bundle at `outputPath` under `key`. A failure only costs the next build its reuse. */
export async function storeSearchIndex(cacheDir: string, key: string, outputPath: string): Promise<void> {
  const temporary = join(cacheDir, `${TEMPORARY_PREFIX}${process.pid}-${randomUUID()}`);
  try {
    await mkdir(temporary, { recursive: true });
    const files = await filesUnder(outputPath);
    linkTree(outputPath, join(temporary, BUNDLE), files);
    const stats = files.map((file) => statSync(join(temporary, BUNDLE, file)));
    const manifest: Manifest = { key, files: files.map((path, index) => ({ path, size: stats[index]!.size, mtimeMs: stats[index]!.mtimeMs })) };
    await writeFile(join(temporary, MANIFEST), JSON.stringify(manifest));
    const entry = join(cacheDir, key);
    await rm(entry, { recursive: true, force: true });
    await rename(temporary, entry);
    await prune(cacheDir, key);
  } catch {
    await rm(temporary, { recursive: true, force: true });
  }
}
