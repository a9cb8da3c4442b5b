/**
 * Builds the site search index with Pagefind at the end of every build, so the output always
 * carries an index of exactly the pages that were built.
 *
 * What goes in: the <main data-pagefind-body> of each page (never header, navigation,
 * breadcrumbs or footer), plus the type, year and date each page declares through
 * BaseLayout's `search` prop. Pages without data-pagefind-body (404, the search page, lists)
 * stay out, and /admin/ and the 404 page are left out by path as well, whatever their markup.
 * Every page is indexed in Indonesian, so the Indonesian stemmer applies ("giat" finds
 * "kegiatan").
 *
 * Only the marked element of each page is handed over (search-document.ts), through a folder
 * that Pagefind's own indexer reads (pagefind-cli.ts), and a build whose indexed text did not
 * change reuses the last index (search-index-cache.ts).
 */
import { AstroError } from 'astro/errors';
import { accessSync, constants, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { searchDocument } from '../lib/search-document.ts';
import { separateBlocks } from '../lib/search-text.ts';
import { runPagefind } from './pagefind-cli.ts';
import { messages } from './search-index-messages.ts';
import { filesUnder, keepOnlyNewIndex, newestStoredBundle, openSearchCache, restoreSearchIndex, searchInputKey, seedFromStoredIndex, storeSearchIndex, type StoredBundle } from './search-index-cache.ts';

/** Where the index and Pagefind's search script live in the output, as a URL path too. */
export const SEARCH_BUNDLE_DIR = 'pagefind';
export const SEARCH_LANGUAGE = 'id';

/** Output paths never indexed: the CMS and the not-found page. */
const EXCLUDED = [/^admin\//, /^404\.html$/];

/**
 * Pagefind writes its ready-made search interfaces next to every index. The portal's search
 * page has its own, smaller one (src/client/search/), so these would only be dead weight.
 */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  // Every page is indexed as Indonesian, so the language-neutral search engine is never loaded.
  'wasm.unknown.pagefind',
];

export interface SearchIndexReport {
  /** Pages whose content went into the index. */
  pages: number;
  /** Whether the bundle was the cached one, because no indexed text had changed. */
  reused: boolean;
  milliseconds: number;
  /** Total size of the written bundle folder. */
  bytes: number;
  outputPath: string;
}

/** Plain synchronous calls: listing and reading thousands of small pages takes half the time promises do. */
function htmlFiles(dir: string): string[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !path.startsWith(`${SEARCH_BUNDLE_DIR}/`) && !EXCLUDED.some((rule) => rule.test(path)))
    .sort();
}

async function folderSize(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const sizes = entries.filter((entry) => entry.isFile()).map((entry) => statSync(join(entry.parentPath, entry.name)).size);
  return sizes.reduce((sum, size) => sum + size, 0);
}

/** Pagefind counts only pages it kept (those with data-pagefind-body) in its entry file. */
async function indexedPageCount(outputPath: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

function fail(what: string, errors: string[]): never {
  throw new AstroError(messages.failed(what, errors), messages.failedHint);
}

/** What shapes the index besides the documents and Pagefind's version: part of the cache key. */
const PAGEFIND_OPTIONS = { forceLanguage: SEARCH_LANGUAGE };

export interface SearchIndexOptions {
  /**
   * The search folder of the build cache (src/build-cache/), where the last indexes are kept for
   * reuse by a build whose indexed text is unchanged (see search-index-cache.ts); false builds
   * it every time.
   */
  cacheDir?: string | false | undefined;
  /** Called once Pagefind is running, after the pages are read, with the number of documents it indexes; not called when the index is reused. */
  onIndexerStarted?: ((documents: number) => void) | undefined;
}

export interface SearchInput {
  path: string;
  content: string;
}

/** Each page's document as Pagefind gets it; pages with nothing to index are left out here. */
function searchInputs(siteDir: string): SearchInput[] {
  const inputs: SearchInput[] = [];
  for (const path of htmlFiles(siteDir)) {
    const document = searchDocument(readFileSync(join(siteDir, path), 'utf8'));
    if (document !== undefined) inputs.push({ path, content: separateBlocks(document) });
  }
  return inputs;
}

/**
 * Where the documents for Pagefind are written: memory-backed /dev/shm where the machine has
 * it (thousands of small files, written and deleted within seconds), else the temporary folder.
 */
const SHARED_MEMORY = '/dev/shm';

function documentsRoot(): string {
  try {
    accessSync(SHARED_MEMORY, constants.W_OK);
    return SHARED_MEMORY;
  } catch {
    return tmpdir();
  }
}

/**
 * Writes the index of these documents (each a page's path and the HTML Pagefind reads) to
 * `outputPath`. With a stored index (`previous`), Pagefind starts from its files and only
 * writes what changed (see seedFromStoredIndex).
 */
export async function writeIndex(inputs: readonly SearchInput[], outputPath: string, previous?: StoredBundle, onIndexerStarted?: (documents: number) => void): Promise<void> {
  // Pagefind reads the documents from a folder of their own, under the pages' own paths, so
  // its result URLs are the pages' URLs and nothing left out above can reach the index.
  const documents = await mkdtemp(join(documentsRoot(), 'portal-search-'));
  // Pagefind writes beside the output, on the same disk as the stored index it is seeded
  // from, and the folder is renamed into place once it is whole.
  mkdirSync(dirname(outputPath), { recursive: true });
  const written = await mkdtemp(`${outputPath}.tmp-`);
  // A build that fails elsewhere while Pagefind works exits without reaching `finally`.
  const leaveNothing = () => [documents, written].forEach((folder) => rmSync(folder, { recursive: true, force: true }));
  process.once('exit', leaveNothing);
  try {
    // Pagefind numbers pages in the order it finds them in the folder, which on some file
    // systems is the order they were created: one after another, in path order, the index
    // comes out the same every time. Plain synchronous calls: thousands of small writes in a
    // row take a tenth of the time they take as promises.
    const made = new Set<string>();
    for (const input of [...inputs].sort((a, b) => (a.path < b.path ? -1 : 1))) {
      const folder = dirname(join(documents, input.path));
      if (!made.has(folder)) mkdirSync(folder, { recursive: true });
      made.add(folder);
      writeFileSync(join(documents, input.path), input.content);
    }
    if (previous) seedFromStoredIndex(previous.folder, written, previous.files);
    // Pagefind reads each page again itself: it is a separate program with its own HTML parser.
    await runPagefind({ site: documents, outputPath: written, language: SEARCH_LANGUAGE, onStart: () => onIndexerStarted?.(inputs.length) });
    for (const file of UNUSED_BUNDLE_FILES) rmSync(join(written, file), { force: true });
    if (previous) keepOnlyNewIndex(written, await filesUnder(written), previous.folder);
    rmSync(outputPath, { recursive: true, force: true });
    renameSync(written, outputPath);
  } catch (error) {
    fail(messages.writing, [error instanceof Error ? error.message : String(error)]);
  } finally {
    process.off('exit', leaveNothing);
    await Promise.all([documents, written].map((folder) => rm(folder, { recursive: true, force: true })));
  }
}

/** Indexes the built site in `siteDir` and writes the bundle to `siteDir/pagefind/`. */
export async function buildSearchIndex(siteDir: string, options: SearchIndexOptions = {}): Promise<SearchIndexReport> {
  const started = performance.now();
  const outputPath = join(siteDir, SEARCH_BUNDLE_DIR);
  await rm(outputPath, { recursive: true, force: true });
  const inputs = searchInputs(siteDir);
  // With no marked page Pagefind would index whole pages, navigation and footer included.
  if (inputs.length === 0) {
    fail(messages.reading, [messages.noMarkedPage]);
  }
  const cache = openSearchCache(options.cacheDir || undefined);
  const key = cache.dir ? searchInputKey(inputs, `${JSON.stringify(PAGEFIND_OPTIONS)}\0${UNUSED_BUNDLE_FILES.join(',')}`) : '';
  const reused = await restoreSearchIndex(cache, key, outputPath);
  if (!reused) {
    await writeIndex(inputs, outputPath, newestStoredBundle(cache), options.onIndexerStarted);
    await storeSearchIndex(cache, key, outputPath);
  }
  cache.save();
  const pages = await indexedPageCount(outputPath);
  return { pages, reused, milliseconds: Math.round(performance.now() - started), bytes: await folderSize(outputPath), outputPath };
}
