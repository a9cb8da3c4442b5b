/**
 * Gzip and Brotli copies of every text file of the build, written next to it (name.gz,
 * name.br), so the server sends compressed bytes without compressing on each request and at
 * the strongest level, which matters to readers on slow mobile data.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const TEXT_EXTENSIONS = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.ics', '.webmanifest', '.map', '.wasm']);

/** Below this size a compressed copy saves less than the headers it costs. */
export const MIN_BYTES = 256;

export interface CompressionTotals {
  files: number;
  originalBytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

export function shouldCompress(file: string, size: number): boolean {
  return TEXT_EXTENSIONS.has(extname(file).toLowerCase()) && size >= MIN_BYTES;
}

/** Compresses the given files (absolute paths) and returns the totals. */
export function precompressFiles(paths: readonly string[]): CompressionTotals {
  const totals: CompressionTotals = { files: 0, originalBytes: 0, gzipBytes: 0, brotliBytes: 0 };
  for (const path of paths) {
    const bytes = readFileSync(path);
    if (!shouldCompress(path, bytes.length)) continue;
    const gzip = gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION });
    const brotli = brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    });
    writeFileSync(`${path}.gz`, gzip);
    writeFileSync(`${path}.br`, brotli);
    totals.files++;
    totals.originalBytes += bytes.length;
    totals.gzipBytes += gzip.length;
    totals.brotliBytes += brotli.length;
  }
  return totals;
}
