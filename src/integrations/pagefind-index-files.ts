/**
 * Which files make up a Pagefind index. Pagefind names its excerpts, word index chunks, filters
 * and metadata by their content, and never writes such a file when one of that name is already
 * in its output folder: it neither compresses nor writes it again. The index's metadata file
 * (named in pagefind-entry.json) lists every excerpt, chunk and filter the index uses.
 *
 * Why an undocumented file is read: the search index cache (search-index-cache.ts) seeds
 * Pagefind's output with the last index, so a rebuild writes only the files that changed, and
 * must then delete the files the new index no longer uses. Only the index's own metadata says
 * which those are; neither Pagefind's CLI nor its Node API reports it. The metadata is CBOR,
 * decoded with cbor-x, and whatever does not have the expected shape fails the build with a
 * message saying to install the locked Pagefind version (tests/build/pagefind-index-files.test.ts
 * proves the reading against the installed one).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Decoder } from 'cbor-x';

/** A decoded CBOR item, left unknown until its shape is checked. */
type CborValue = unknown;

/** Plain arrays and strings, as Pagefind writes them; a map, if any, stays a Map and fails the shape checks. */
const cbor = new Decoder({ mapsAsObjects: false });

/** Excerpts, word index chunks, filters and the metadata: named by their content. */
export function isContentNamed(path: string): boolean {
  return /^(fragment|index|filter)\/[^/]+$/.test(path) || /^pagefind\.[^/]+\.pf_meta$/.test(path);
}

/** Pagefind puts this before the CBOR of every file it compresses. */
const PAGEFIND_MARKER = 'pagefind_dcd';

interface PagefindEntry {
  languages?: Record<string, { hash?: unknown }>;
}

function rows(value: CborValue, what: string, meta: string): CborValue[][] {
  if (!Array.isArray(value) || !value.every(Array.isArray)) throw new Error(`${meta}: ${what} is not a list`);
  return value as CborValue[][];
}

function hashAt(row: CborValue[], index: number, what: string, meta: string): string {
  const hash = row[index];
  if (typeof hash !== 'string' || !/^[\w-]+$/.test(hash)) throw new Error(`${meta}: ${what} without a file name`);
  return hash;
}

function readMeta(bundleDir: string, meta: string): CborValue {
  try {
    const raw = gunzipSync(readFileSync(join(bundleDir, meta)));
    if (raw.subarray(0, PAGEFIND_MARKER.length).toString('latin1') !== PAGEFIND_MARKER) throw new Error('not a Pagefind file');
    return cbor.decode(raw.subarray(PAGEFIND_MARKER.length)) as CborValue;
  } catch (error) {
    throw new Error(`${meta}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The content-named files of one language's index, read from its metadata file. */
function filesOfLanguage(bundleDir: string, metaHash: string): string[] {
  const meta = `pagefind.${metaHash}.pf_meta`;
  const index = readMeta(bundleDir, meta);
  if (!Array.isArray(index)) throw new Error(`${meta}: not an index description`);
  // MetaIndex: [version, pages [hash, words, ...], chunks [from, to, hash], filters [name, hash], ...]
  const pages = rows(index[1], 'the page list', meta).map((page) => `fragment/${hashAt(page, 0, 'a page', meta)}.pf_fragment`);
  const chunks = rows(index[2], 'the word index', meta).map((chunk) => `index/${hashAt(chunk, 2, 'a word index chunk', meta)}.pf_index`);
  const filters = rows(index[3], 'the filter list', meta).map((filter) => `filter/${hashAt(filter, 1, 'a filter', meta)}.pf_filter`);
  return [meta, ...pages, ...chunks, ...filters];
}

/** Every content-named file the index in `bundleDir` uses; throws when its description cannot be read. */
export function indexFilesOf(bundleDir: string): Set<string> {
  const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const languages = Object.values(entry.languages ?? {});
  if (languages.length === 0) throw new Error('pagefind-entry.json names no language');
  return new Set(
    languages.flatMap((language) => {
      if (typeof language.hash !== 'string') throw new Error('pagefind-entry.json: a language without its metadata file');
      return filesOfLanguage(bundleDir, language.hash);
    }),
  );
}
