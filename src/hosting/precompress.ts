/**
 * Gzip and Brotli copies of every text file of the build, written next to it (name.gz,
 * name.br), so the server sends compressed bytes without compressing on each request and at
 * the strongest level, which matters to readers on slow mobile data.
 *
 * Brotli at its strongest level is slow, and every build writes every file anew, so results
 * are kept in a cache keyed by the file's content: a rebuild compresses only what changed.
 * Compression runs on zlib's thread pool, several files at a time, to use every core.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

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

export function shouldCompress(file: string, size: number): boolean {
  return TEXT_EXTENSIONS.has(extname(file).toLowerCase()) && size >= MIN_BYTES;
}

async function compressOne(path: string, cacheDir: string | undefined, totals: CompressionTotals): Promise<void> {
  const bytes = readFileSync(path);
  if (!shouldCompress(path, bytes.length)) return;
  const key = cacheDir ? join(cacheDir, createHash('sha256').update(bytes).digest('hex')) : undefined;
  if (key && existsSync(`${key}.gz`) && existsSync(`${key}.br`)) {
    copyFileSync(`${key}.gz`, `${path}.gz`);
    copyFileSync(`${key}.br`, `${path}.br`);
    const now = new Date();
    utimesSync(`${key}.br`, now, now);
    totals.reused++;
  } else {
    const [gzipped, brotli] = await Promise.all([
      gzipAsync(bytes, { level: constants.Z_BEST_COMPRESSION }),
      brotliAsync(bytes, {
        params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
      }),
    ]);
    writeFileSync(`${path}.gz`, gzipped);
    writeFileSync(`${path}.br`, brotli);
    if (key) {
      writeFileSync(`${key}.gz`, gzipped);
      writeFileSync(`${key}.br`, brotli);
    }
  }
  totals.files++;
  totals.originalBytes += bytes.length;
  totals.gzipBytes += statSync(`${path}.gz`).size;
  totals.brotliBytes += statSync(`${path}.br`).size;
}

/** Keeps the cache from growing without end: the least recently used entries go first. */
function pruneCache(cacheDir: string, keep: number): void {
  const entries = readdirSync(cacheDir).filter((name) => name.endsWith('.br'));
  if (entries.length <= keep) return;
  const byAge = entries.map((name) => ({ name, used: statSync(join(cacheDir, name)).mtimeMs })).sort((a, b) => a.used - b.used);
  for (const { name } of byAge.slice(0, entries.length - keep)) {
    const base = join(cacheDir, name.slice(0, -'.br'.length));
    for (const suffix of ['.br', '.gz']) if (existsSync(`${base}${suffix}`)) unlinkSync(`${base}${suffix}`);
  }
}

/** Compresses the given files (absolute paths) and returns the totals. */
export async function precompressFiles(paths: readonly string[], cacheDir?: string): Promise<CompressionTotals> {
  const totals: CompressionTotals = { files: 0, reused: 0, originalBytes: 0, gzipBytes: 0, brotliBytes: 0 };
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const path = paths[next++] as string;
      await compressOne(path, cacheDir, totals);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  // Room for this site several times over, so fixture builds sharing the cache do not evict it.
  if (cacheDir) pruneCache(cacheDir, Math.max(20_000, paths.length * 4));
  return totals;
}
