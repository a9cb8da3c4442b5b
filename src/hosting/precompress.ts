/**
 * Gzip and Brotli copies of every text file of the build, written next to it (name.gz,
 * name.br), so the server sends compressed bytes without compressing on each request and at
 * a stronger level than a server would use on the fly, which matters to readers on slow
 * mobile data. Brotli runs at quality 10, not 11: on the portal's pages 11 saved 1.5 % of the
 * bytes (about 120 bytes on an 8 KB page) for 2.6 times the time (12.9 s against 4.9 s for
 * 150 files), and a change to the footer or the stylesheet recompresses every page. Below 10
 * Brotli changes method and the copies of every type grew, pages by 9 %, other types by 3 to
 * 12 % (`scripts/bench-precompress.ts`, BENCHMARKS.md "Cold stages"). Files over 1 MB are the
 * exception: no page comes near that; the CMS bundle (5.9 MB) does, which editors alone load,
 * once per release (cached for a year), and so would the sitemap of a site many times this
 * size, which crawlers read. At quality 7 the bundle's copy is 11 % larger (1.34 MB against
 * 1.21 MB) and takes a thirteenth of the time (0.4 s against 5.4 s of CPU in every cold
 * build). Gzip stays at 9: on these files 6 gave the same bytes in about the same time.
 *
 * Brotli at these levels is slow, and every build writes every file anew, so results
 * are kept in a cache keyed by the file's content and these settings: a rebuild compresses
 * only what changed.
 * One index file lists what the cache holds and the sizes of each copy, so a rebuild with
 * everything cached reads each text file once, hashes it and links two files, with no
 * per-file look-ups in the cache folder. The build's copies are hard links to the cache's
 * files (a copy where the two folders are on different disks): writing 2 × 28 MB of
 * identical bytes on every build cost more than everything else together. Nothing ever
 * writes into an existing file here, only replaces it, so a link never changes a cached copy. Files that are not text (photos, Pagefind's index,
 * which Pagefind already compresses) are never read. Compression runs on zlib's thread pool,
 * several files at a time, to use every core.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { placeFromCache } from '../lib/files/place-from-cache.ts';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** See the top of this file for why not the maximum (11). */
const BROTLI_QUALITY = 10;

/** Files larger than this are compressed at LARGE_FILE_BROTLI_QUALITY; see the top of this file. */
export const LARGE_FILE_BYTES = 1024 * 1024;
const LARGE_FILE_BROTLI_QUALITY = 7;

/** Part of every cache key: copies made with other settings are not reused. */
const SETTINGS = `gzip 9, brotli ${BROTLI_QUALITY}, over ${LARGE_FILE_BYTES} bytes brotli ${LARGE_FILE_BROTLI_QUALITY}`;

export function brotliQuality(size: number): number {
  return size > LARGE_FILE_BYTES ? LARGE_FILE_BROTLI_QUALITY : BROTLI_QUALITY;
}

export const TEXT_EXTENSIONS = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.ics', '.webmanifest', '.map', '.wasm']);

/** Below this size a compressed copy saves less than the headers it costs. */
export const MIN_BYTES = 256;

/** Files compressed at once: zlib's pool has four threads. */
const CONCURRENCY = 4;

const INDEX_FILE = 'index.json';

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

export interface CompressionTotals {
  files: number;
  /** Files whose compressed copies came from the cache. */
  reused: number;
  originalBytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

/** Content hash → [gzip bytes, Brotli bytes, number of the build that last used it]. */
type CacheIndex = Record<string, [number, number, number]>;

export function shouldCompress(file: string, size: number): boolean {
  return TEXT_EXTENSIONS.has(extname(file).toLowerCase()) && size >= MIN_BYTES;
}

function readIndex(cacheDir: string): CacheIndex {
  try {
    const parsed = JSON.parse(readFileSync(join(cacheDir, INDEX_FILE), 'utf8')) as unknown;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as CacheIndex) : {};
  } catch {
    return {};
  }
}

/** Written whole under a temporary name and renamed, so no reader ever sees half a file. */
function writeAtomically(path: string, bytes: Buffer | string): void {
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
}

/** Replaces `target` rather than writing into it: it may be a link to a cached copy of other content. */
function replaceFile(target: string, bytes: Buffer): void {
  rmSync(target, { force: true });
  writeFileSync(target, bytes);
}

async function compress(bytes: Buffer): Promise<[Buffer, Buffer]> {
  return Promise.all([
    gzipAsync(bytes, { level: constants.Z_BEST_COMPRESSION }),
    brotliAsync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality(bytes.length), [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }),
  ]);
}

/** The newest build number in an index; each build counts on from it, for least-recently-used pruning. */
const lastBuild = (index: CacheIndex) => Object.values(index).reduce((latest, [, , used]) => Math.max(latest, used), 0);

/**
 * Keeps the cache from growing without end: the least recently used entries go first. Files
 * in the folder that the index does not know (left by a stopped build) go too.
 */
function pruneCache(cacheDir: string, index: CacheIndex, keep: number): void {
  const hashes = Object.keys(index);
  if (hashes.length > keep) {
    for (const hash of hashes.sort((a, b) => (index[a]?.[2] ?? 0) - (index[b]?.[2] ?? 0)).slice(0, hashes.length - keep)) delete index[hash];
  }
  for (const name of readdirSync(cacheDir)) {
    if (name === INDEX_FILE || name.endsWith('.tmp')) continue;
    if (!index[name.replace(/\.(gz|br)$/, '')]) unlinkSync(join(cacheDir, name));
  }
}

/** Compresses the given files (absolute paths) and returns the totals. */
export async function precompressFiles(paths: readonly string[], cacheDir?: string): Promise<CompressionTotals> {
  const totals: CompressionTotals = { files: 0, reused: 0, originalBytes: 0, gzipBytes: 0, brotliBytes: 0 };
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  const index = cacheDir ? readIndex(cacheDir) : {};
  const build = lastBuild(index) + 1;
  const textFiles = paths.filter((path) => TEXT_EXTENSIONS.has(extname(path).toLowerCase()));

  const compressOne = async (path: string) => {
    const bytes = readFileSync(path);
    if (bytes.length < MIN_BYTES) return;
    let sizes: [number, number] | undefined;
    const hash = cacheDir ? createHash('sha256').update(SETTINGS).update(bytes).digest('hex') : '';
    const cached = index[hash];
    if (cacheDir && cached) {
      try {
        placeFromCache(join(cacheDir, `${hash}.gz`), `${path}.gz`);
        placeFromCache(join(cacheDir, `${hash}.br`), `${path}.br`);
        sizes = [cached[0], cached[1]];
        cached[2] = build;
        totals.reused++;
      } catch {
        // A cache file gone missing (removed by hand, or by another build's pruning): compress again.
      }
    }
    if (!sizes) {
      const [gzipped, brotli] = await compress(bytes);
      replaceFile(`${path}.gz`, gzipped);
      replaceFile(`${path}.br`, brotli);
      if (cacheDir) {
        writeAtomically(join(cacheDir, `${hash}.gz`), gzipped);
        writeAtomically(join(cacheDir, `${hash}.br`), brotli);
        index[hash] = [gzipped.length, brotli.length, build];
      }
      sizes = [gzipped.length, brotli.length];
    }
    totals.files++;
    totals.originalBytes += bytes.length;
    totals.gzipBytes += sizes[0];
    totals.brotliBytes += sizes[1];
  };

  let next = 0;
  const worker = async () => {
    while (next < textFiles.length) await compressOne(textFiles[next++] as string);
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));

  if (cacheDir) {
    // Another build sharing the cache may have added entries meanwhile: keep them too.
    const merged = { ...readIndex(cacheDir), ...index };
    // Room for this site several times over, so fixture builds sharing the cache do not evict it.
    pruneCache(cacheDir, merged, Math.max(20_000, textFiles.length * 4));
    writeAtomically(join(cacheDir, INDEX_FILE), JSON.stringify(merged));
  }
  return totals;
}
