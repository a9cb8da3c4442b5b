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
 * are kept in the build cache (src/build-cache/), keyed by the file's content and the version
 * of this file (which holds the settings): a rebuild compresses only what changed.
 * The cache's index lists what it holds and the sizes of each copy, so a rebuild with
 * everything cached reads each text file once, hashes it and links two files, with no
 * per-file look-ups in the cache folder. The build's copies are hard links to the cache's
 * files (a copy where the two folders are on different disks): writing 2 × 28 MB of
 * identical bytes on every build cost more than everything else together. Nothing ever
 * writes into an existing file here, only replaces it, so a link never changes a cached copy. Files that are not text (photos, Pagefind's index,
 * which Pagefind already compresses) are never read. Compression runs on zlib's thread pool,
 * several files at a time, to use every core.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { codeVersion } from '../build-cache/code-version.ts';
import { StageCache, entryKey, writeAtomically } from '../build-cache/stage-cache.ts';
import { placeFromCache } from '../lib/files/place-from-cache.ts';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** See the top of this file for why not the maximum (11). */
const BROTLI_QUALITY = 10;

/** Files larger than this are compressed at LARGE_FILE_BROTLI_QUALITY; see the top of this file. */
export const LARGE_FILE_BYTES = 1024 * 1024;
const LARGE_FILE_BROTLI_QUALITY = 7;

export function brotliQuality(size: number): number {
  return size > LARGE_FILE_BYTES ? LARGE_FILE_BROTLI_QUALITY : BROTLI_QUALITY;
}

export const TEXT_EXTENSIONS = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.ics', '.webmanifest', '.map', '.wasm']);

/** Below this size a compressed copy saves less than the headers it costs. */
export const MIN_BYTES = 256;

/** Files compressed at once: zlib's pool has four threads. */
const CONCURRENCY = 4;

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

/** What the cache's index holds per file content: [gzip bytes, Brotli bytes]. */
type CopySizes = [number, number];

const isCopySizes = (value: unknown): value is CopySizes => Array.isArray(value) && value.length === 2 && value.every(Number.isSafeInteger);

export function shouldCompress(file: string, size: number): boolean {
  return TEXT_EXTENSIONS.has(extname(file).toLowerCase()) && size >= MIN_BYTES;
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

/** Compresses the given files (absolute paths) and returns the totals. */
export async function precompressFiles(paths: readonly string[], cacheDir?: string): Promise<CompressionTotals> {
  const totals: CompressionTotals = { files: 0, reused: 0, originalBytes: 0, gzipBytes: 0, brotliBytes: 0 };
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  const cache = StageCache.open(cacheDir, isCopySizes);
  // The settings are constants of this file: its version is theirs.
  const version = cacheDir ? codeVersion({ sources: [new URL(import.meta.url)] }) : '';
  const textFiles = paths.filter((path) => TEXT_EXTENSIONS.has(extname(path).toLowerCase()));

  const compressOne = async (path: string) => {
    const bytes = readFileSync(path);
    if (bytes.length < MIN_BYTES) return;
    let sizes: [number, number] | undefined;
    const key = cacheDir ? entryKey(version, [bytes]) : '';
    const cached = cache.get(key);
    if (cacheDir && cached) {
      try {
        placeFromCache(join(cacheDir, `${key}.gz`), `${path}.gz`);
        placeFromCache(join(cacheDir, `${key}.br`), `${path}.br`);
        sizes = cached;
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
        writeAtomically(join(cacheDir, `${key}.gz`), gzipped);
        writeAtomically(join(cacheDir, `${key}.br`), brotli);
        cache.set(key, [gzipped.length, brotli.length]);
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

  // Takes in what another build sharing the cache added meanwhile, and prunes (src/build-cache/).
  cache.save();
  return totals;
}
