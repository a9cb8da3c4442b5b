/**
 * Search benchmark: how long the index takes to build, how big it is, and how many bytes a
 * browser downloads for its first search, on synthetic sites of 1,000 and 5,000 pages.
 *
 *   node scripts/bench-search.ts [--pages 1000,5000] [--runs 3] [--query sertifikat]
 *
 * The portal is built once into a temporary folder for its real search page (/cari/ and its
 * script and styles); each synthetic site gets generated pages next to that page, is indexed
 * with the same function the build uses (with an empty cache each run, so every run indexes
 * the whole site; one more run measures a rebuild that reuses the cached index), and is searched
 * in Chromium through a server that compresses like a typical host. Nothing is written into
 * content/ or dist/. Results go to the "Search" section of BENCHMARKS.md; other sections are
 * left alone.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../tests/helpers/browser.ts';
import { buildSearchIndex } from '../src/integrations/search-index.ts';
import { updateBenchmarkSection } from './bench/benchmarks-file.ts';
import { serveCounting, type ServedFile } from './bench/counting-server.ts';
import { writeSyntheticSite } from './bench/synthetic-site.ts';

const TARGET_BUILD_SECONDS = 5;
const TARGET_FIRST_QUERY_KB = 150;
/**
 * Everything a run would delete is moved here instead and deleted when the benchmark ends.
 * On ext4 without a journal, creating a file skips every inode freed in the last minute or
 * more, one by one: deleting the previous run's 5,000 index files made the next run create
 * its own up to twice as slowly, which measured the benchmark rather than the index.
 */
const trash = mkdtempSync(join(tmpdir(), 'portal-bench-search-trash-'));
let trashed = 0;
function discard(path: string): void {
  if (existsSync(path)) renameSync(path, join(trash, String(trashed++)));
}

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '1000,5000' },
    runs: { type: 'string', default: '3' },
    query: { type: 'string', default: 'sertifikat' },
  },
});
const sizes = values.pages.split(',').map(Number);
const runs = Number(values.runs);
const query = values.query;

interface Result {
  pages: number;
  words: number;
  buildSeconds: number[];
  cpuSeconds: number;
  nodeCpuSeconds: number;
  /** A rebuild whose indexed text is unchanged, served from the index cache. */
  reuseSeconds: number;
  indexBytes: number;
  firstQuery: { requests: number; page: number; engine: number; index: number; total: number; uncompressed: number };
  results: string;
}

/** CPU seconds used by finished child processes (Pagefind runs as one), from Linux's /proc. */
function childCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** CPU seconds used by this process (reading pages, talking to Pagefind). */
function ownCpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

const median = (numbers: number[]) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)]!;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (value: number) => `${value.toFixed(2)} s`;

function buildPortal(outDir: string): void {
  console.log(`Membangun portal ke ${outDir} untuk halaman /cari/ yang asli…`);
  const build = spawnSync('astro', ['build', '--outDir', outDir], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('astro build gagal; jalankan `npm run build` untuk melihat penyebabnya.');
}

function classify(file: ServedFile): 'engine' | 'index' | 'page' {
  if (/^\/pagefind\/(pagefind(-worker)?\.js|wasm\.)/.test(file.path)) return 'engine';
  if (file.path.startsWith('/pagefind/')) return 'index';
  return 'page';
}

async function measureFirstQuery(siteDir: string): Promise<Result['firstQuery'] & { results: string }> {
  const server = await serveCounting(siteDir);
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/cari/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => {
      const text = document.querySelector('[data-search-status]')?.textContent ?? '';
      return text !== '' && !text.endsWith('…');
    }, null, { timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    const results = (await page.locator('[data-search-status]').textContent()) ?? '';
    for (const file of server.served) console.log(`    ${file.path}: ${kb(file.sent)} (${kb(file.size)} on disk)`);
    const sum = (kind?: ReturnType<typeof classify>) => server.served.filter((file) => !kind || classify(file) === kind).reduce((total, file) => total + file.sent, 0);
    return {
      requests: server.served.length,
      page: sum('page'),
      engine: sum('engine'),
      index: sum('index'),
      total: sum(),
      uncompressed: server.served.reduce((total, file) => total + file.size, 0),
      results,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

async function benchmark(pages: number, portalDir: string): Promise<Result> {
  const siteDir = mkdtempSync(join(tmpdir(), `portal-bench-${pages}-`));
  const cacheDir = join(tmpdir(), `portal-bench-search-cache-${process.pid}-${pages}`);
  try {
    const { words } = writeSyntheticSite(siteDir, { pages });
    for (const part of ['cari', '_astro', 'favicon.svg']) cpSync(join(portalDir, part), join(siteDir, part), { recursive: true });
    // The generated site goes to disk before the clock starts, not while Pagefind runs.
    spawnSync('sync');
    const buildSeconds: number[] = [];
    const cpuBefore = childCpuSeconds();
    const nodeCpuBefore = ownCpuSeconds();
    let indexBytes = 0;
    for (let run = 0; run < runs; run += 1) {
      // An empty cache each run: every run indexes the whole site and stores it, as a build
      // whose indexed text changed does. The previous run's index and cache are moved aside,
      // not deleted (see `trash`).
      discard(cacheDir);
      discard(join(siteDir, 'pagefind'));
      const report = await buildSearchIndex(siteDir, { cacheDir });
      if (report.pages !== pages) throw new Error(`Indeks berisi ${report.pages} halaman, seharusnya ${pages}.`);
      buildSeconds.push(report.milliseconds / 1000);
      indexBytes = report.bytes;
      console.log(`  ${pages} halaman, percobaan ${run + 1}: ${seconds(report.milliseconds / 1000)}`);
    }
    // Pagefind's process is reaped shortly after it closes; give its CPU time a moment to be counted.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const cpuSeconds = (childCpuSeconds() - cpuBefore) / runs;
    const nodeCpuSeconds = (ownCpuSeconds() - nodeCpuBefore) / runs;
    const reuse = await buildSearchIndex(siteDir, { cacheDir });
    if (!reuse.reused) throw new Error('Indeks yang tersimpan tidak dipakai ulang padahal teks yang diindeks tidak berubah.');
    const reuseSeconds = reuse.milliseconds / 1000;
    console.log(`  ${pages} halaman, teks tidak berubah (indeks dipakai ulang): ${seconds(reuseSeconds)}`);
    const { results, ...firstQuery } = await measureFirstQuery(siteDir);
    return { pages, words, buildSeconds, cpuSeconds, nodeCpuSeconds, reuseSeconds, indexBytes, firstQuery, results };
  } finally {
    discard(siteDir);
    discard(cacheDir);
  }
}

function report(results: Result[], loadBefore: number, loadAfter: number): string {
  const pagefindVersion = (JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')) as { version: string }).version;
  const rows = results.map((result) => {
    const build = median(result.buildSeconds);
    const q = result.firstQuery;
    return `| ${result.pages.toLocaleString('en')} | ${result.words.toLocaleString('en')} | ${seconds(build)} (${result.buildSeconds.map(seconds).join(' / ')}) | ${seconds(result.cpuSeconds)} | ${seconds(result.nodeCpuSeconds)} | ${seconds(result.reuseSeconds)} | ${kb(result.indexBytes)} | **${kb(q.engine + q.index)}** | ${kb(q.engine)} | ${kb(q.index)} | ${kb(q.page)} | ${kb(q.total)} (${q.requests} requests, ${kb(q.uncompressed)} uncompressed) |`;
  });
  const largest = results.at(-1)!;
  const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');
  return `
Run: \`node scripts/bench-search.ts\` (options \`--pages 1000,5000 --runs ${runs} --query ${query}\`).
Last run: ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}, Pagefind ${pagefindVersion}.
Load average before and after: ${loadBefore.toFixed(1)} and ${loadAfter.toFixed(1)} (on ${cpus().length} cores; above ${cpus().length} the machine was shared and wall times are inflated).

Synthetic sites from \`scripts/bench/synthetic-site.ts\`: pages with the portal's header, navigation, breadcrumbs
and footer around an indexed \`<main>\`, about ${Math.round(largest.words / largest.pages)} words each drawn from a Zipf distribution over 40,000
Indonesian-like words (with affixes), 60 % news, 15 % forums, 10 % services, 15 % other pages, dated 2015–2026.
The first query is "${query}" on the real /cari/ page in Chromium with an empty cache; bytes are counted as sent by a
server that gzips HTML, CSS, JavaScript and JSON (Pagefind's index files and WebAssembly are already compressed).

| pages | words | index build, median (each run) | Pagefind CPU time per build | Node CPU time per build | rebuild, indexed text unchanged | index on disk | first query: engine + index | search engine (JS, WebAssembly) | index files (entry, meta, word chunk, 5 excerpts) | search page (HTML, CSS, script) | everything, page included |
| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |
${rows.join('\n')}

Results of the first query at ${largest.pages.toLocaleString('en')} pages: ${largest.results}

Targets at ${largest.pages.toLocaleString('en')} pages:
- index build ≤ ${TARGET_BUILD_SECONDS} s (wall time): ${verdict(median(largest.buildSeconds) <= TARGET_BUILD_SECONDS)} (${seconds(median(largest.buildSeconds))}; Pagefind alone used ${seconds(largest.cpuSeconds)} of CPU time, so on ${cpus().length} cores the wall time cannot go below about ${seconds(largest.cpuSeconds / cpus().length)} even on an idle machine); a rebuild whose indexed text did not change reuses the cached index: ${verdict(largest.reuseSeconds <= TARGET_BUILD_SECONDS)} (${seconds(largest.reuseSeconds)});
- first query ≤ ${TARGET_FIRST_QUERY_KB} KB transferred, counting what the query itself downloads (search engine and index): ${verdict(largest.firstQuery.engine + largest.firstQuery.index <= TARGET_FIRST_QUERY_KB * 1024)} (${kb(largest.firstQuery.engine + largest.firstQuery.index)}); counting the search page as well: ${verdict(largest.firstQuery.total <= TARGET_FIRST_QUERY_KB * 1024)} (${kb(largest.firstQuery.total)}; its stylesheet is usually already cached from the page the reader searched from).
`;
}

const loadBefore = loadavg()[0]!;
const work = mkdtempSync(join(tmpdir(), 'portal-bench-build-'));
try {
  buildPortal(work);
  const results: Result[] = [];
  for (const pages of sizes) {
    console.log(`Situs sintetis ${pages} halaman…`);
    results.push(await benchmark(pages, work));
  }
  const body = report(results, loadBefore, loadavg()[0]!);
  updateBenchmarkSection('BENCHMARKS.md', 'search', `## Search\n${body.trimEnd()}`);
  console.log(body);
} finally {
  rmSync(work, { recursive: true, force: true });
  rmSync(trash, { recursive: true, force: true });
}
