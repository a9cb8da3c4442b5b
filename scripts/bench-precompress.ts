/**
 * Precompression benchmark: on a built site, what each compression format and level costs in
 * CPU time and saves in bytes, per file type. It compresses a sample of each type's files
 * (evenly spread over the type, the same sample on every run) with every candidate, one
 * file at a time on one thread, and reports the CPU time (user + system of this process, so
 * other work on a shared machine changes it less than wall time) and the compressed bytes.
 * Figures for a whole type are the sample's scaled to the type's total bytes.
 *
 * The candidates: Brotli 11, 10, 9, 7, 5 and 4; gzip 9 and 6; zstd 19 and 12 when Node has
 * it (no server configuration of the portal serves zstd today: the figures say whether one
 * should). What the build writes is in src/hosting/precompress.ts; nginx serves the .br copy to
 * every browser that accepts Brotli and the .gz copy to the rest (docs/hosting.md).
 *
 * Usage: node scripts/bench-precompress.ts [built site folder, default dist] [files per type, default 200]
 */
import { readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import { LARGE_FILE_BYTES, MIN_BYTES, TEXT_EXTENSIONS } from '../src/hosting/precompress.ts';
import { listBuiltFiles } from '../src/site-check/built-files.ts';

const site = process.argv[2] ?? 'dist';
const perType = Number(process.argv[3] ?? 200);

type Compressor = (bytes: Buffer) => Buffer;

/**
 * Quality 9 and below are given a window no larger than the file: with the default 4 MB
 * window, Node's encoder at quality 9 took 68 ms for an 8 KB page against 0.7 ms with a
 * fitted one, for the same bytes (at 10 and 11 the window made no difference).
 */
const brotli = (quality: number): Compressor => (bytes) => {
  const params: Record<number, number> = { [zlib.constants.BROTLI_PARAM_QUALITY]: quality, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length };
  if (quality <= 9) params[zlib.constants.BROTLI_PARAM_LGWIN] = Math.min(24, Math.max(10, Math.ceil(Math.log2(bytes.length + 1))));
  return zlib.brotliCompressSync(bytes, { params });
};
const gzip = (level: number): Compressor => (bytes) => zlib.gzipSync(bytes, { level });

const candidates: [string, Compressor][] = [
  ['br 11', brotli(11)],
  ['br 10', brotli(10)],
  ['br 9', brotli(9)],
  ['br 7', brotli(7)],
  ['br 5', brotli(5)],
  ['br 4', brotli(4)],
  ['gz 9', gzip(9)],
  ['gz 6', gzip(6)],
];
// zstd is in Node's zlib from 22.15 / 23.8 on.
const zstd = (zlib as { zstdCompressSync?: (bytes: Buffer, options: object) => Buffer }).zstdCompressSync;
const zstdLevel = (zlib.constants as Record<string, number>)['ZSTD_c_compressionLevel'];
if (zstd && zstdLevel !== undefined) {
  for (const level of [19, 12]) candidates.push([`zstd ${level}`, (bytes) => zstd(bytes, { params: { [zstdLevel]: level } })]);
}

/** The type a file is reported under: Pagefind's own files and files over 1 MB apart, the rest by extension. */
function fileType(file: string, size: number): string {
  const extension = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
  const type = file.startsWith('/pagefind/') ? `pagefind ${extension}` : extension;
  return size > LARGE_FILE_BYTES ? `${type} over 1 MB` : type;
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** `count` files spread evenly over the list: the same ones on every run. */
function spread<T>(items: readonly T[], count: number): T[] {
  if (items.length <= count) return [...items];
  return Array.from({ length: count }, (_, index) => items[Math.floor((index * items.length) / count)] as T);
}

const byType = new Map<string, { path: string; size: number }[]>();
for (const file of listBuiltFiles(site)) {
  const extension = /\.[a-z0-9]+$/i.exec(file)?.[0]?.toLowerCase() ?? '';
  if (!TEXT_EXTENSIONS.has(extension)) continue;
  const path = join(site, file);
  const size = statSync(path).size;
  if (size < MIN_BYTES) continue;
  const type = fileType(file, size);
  byType.set(type, [...(byType.get(type) ?? []), { path, size }]);
}

const load = loadavg().map((value) => value.toFixed(2)).join(', ');
console.log(`# Precompression of ${site}: ${cpus().length} cores, load average ${load} at the start, Node ${process.version}\n`);
console.log(`| type | files | MB | ${candidates.map(([name]) => `${name}: % of size, s CPU`).join(' | ')} |`);
console.log(`| --- | --- | --- | ${candidates.map(() => '---').join(' | ')} |`);

const totals = new Map(candidates.map(([name]) => [name, { bytes: 0, ms: 0 }]));
let totalBytes = 0;
for (const [type, files] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
  const sample = spread(files, perType).map(({ path }) => readFileSync(path));
  const sampleBytes = sample.reduce((sum, bytes) => sum + bytes.length, 0);
  const typeBytes = files.reduce((sum, file) => sum + file.size, 0);
  const scale = typeBytes / sampleBytes;
  totalBytes += typeBytes;
  const cells: string[] = [];
  for (const [name, compress] of candidates) {
    // One warm-up pass, so the first candidate does not pay for loading the code.
    compress(sample[0] as Buffer);
    const started = cpuMs();
    let compressed = 0;
    for (const bytes of sample) compressed += compress(bytes).length;
    const ms = (cpuMs() - started) * scale;
    const bytes = compressed * scale;
    const total = totals.get(name)!;
    total.bytes += bytes;
    total.ms += ms;
    cells.push(`${((100 * compressed) / sampleBytes).toFixed(1)} %, ${(ms / 1000).toFixed(2)}`);
  }
  console.log(`| ${type} | ${files.length} | ${(typeBytes / 1e6).toFixed(2)} | ${cells.join(' | ')} |`);
}
console.log(
  `| all | ${[...byType.values()].reduce((sum, files) => sum + files.length, 0)} | ${(totalBytes / 1e6).toFixed(2)} | ${candidates
    .map(([name]) => {
      const total = totals.get(name)!;
      return `${((100 * total.bytes) / totalBytes).toFixed(1)} %, ${(total.ms / 1000).toFixed(2)}`;
    })
    .join(' | ')} |`,
);
console.log(`\nLoad average at the end: ${loadavg().map((value) => value.toFixed(2)).join(', ')}`);
