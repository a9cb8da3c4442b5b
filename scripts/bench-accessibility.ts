/**
 * Benchmark of the build-time accessibility check at a size the portal will reach after years
 * of news: copies the pages of the last build (dist/) into N distinct pages in a temporary
 * folder, then times
 *   1. a cold check (empty cache),
 *   2. a re-check with nothing changed,
 *   3. a re-check after one article changed, with the list pages that show it,
 *   4. the same when the changed article is the page Chromium checks for its template.
 * Usage: npm run build && npm run bench:accessibility -- 1000 [5000 ...]
 * The results replace the accessibility section of BENCHMARKS.md, with the machine they ran
 * on and its load (the build machine is shared, and a busy machine slows every figure).
 *
 * With --methods it instead builds a synthetic site of N entries (as the build benchmark
 * writes them) and compares the jsdom check of every whole page with the check by frame and
 * region: time of each and whether the findings are identical
 * (npm run bench:accessibility -- --methods 2000); the results replace the section
 * "accessibility-methods" of BENCHMARKS.md.
 */
import { cpSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { listBuiltPages } from '../src/integrations/accessibility/built-pages.ts';
import { checkBuild } from '../src/integrations/accessibility/check-build.ts';
import { updateBenchmarkSection } from './bench/benchmarks-file.ts';
import { compareAccessibilityMethods } from './bench/accessibility-methods.ts';

const dist = join(import.meta.dirname, '..', 'dist');
const methodsMode = process.argv.includes('--methods');
const sizes = process.argv.slice(2).filter((argument) => argument !== '--methods').map(Number).filter((n) => n > 0);
if (sizes.length === 0) sizes.push(methodsMode ? 2000 : 1000);

if (methodsMode) {
  const lines: string[] = [];
  for (const entries of sizes) {
    for (const comparison of await compareAccessibilityMethods(join(import.meta.dirname, '..'), entries)) {
      for (const timing of comparison.timings) {
        const line = `| ${entries} | ${comparison.pages} | ${comparison.site} | ${timing.method} | ${(timing.wallMs / 1000).toFixed(1)} | ${(timing.cpuMs / 1000).toFixed(1)} | ${(timing.cpuMs / comparison.pages).toFixed(1)} | ${timing.loadAtStart.toFixed(1)} | ${comparison.identical ? 'yes' : 'NO'} (${comparison.findings} findings, ${comparison.planted} pages planted) |`;
        console.log(line);
        lines.push(line);
      }
    }
  }
  updateBenchmarkSection(
    join(import.meta.dirname, '..', 'BENCHMARKS.md'),
    'accessibility-methods',
    [
      `Machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. Synthetic site written as the build benchmark writes it, built with Astro alone; checked clean, then with an image without alt planted in the header of every news article and a button without a name in the content of every 50th page; the jsdom pass only (Chromium is the same either way), empty cache; \`npm run bench:accessibility -- --methods ${sizes.join(' ')}\`.`,
      '',
      '| entries | pages | site | method | wall s | CPU s | CPU ms a page | load average (1 min) at start | findings identical (count) |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...lines,
    ].join('\n'),
  );
  process.exit(0);
}

const originals = listBuiltPages(dist);
if (originals.length === 0) throw new Error('dist/ has no pages: run "npm run build" first.');

/** A copy of a page that differs from every other copy, so no two share a content hash. */
function variant(html: string, n: number): string {
  return html.replace('</main>', `<p>Salinan halaman nomor ${n}.</p></main>`);
}

function makeSite(size: number): { outDir: string; routeFiles: Map<string, URL[]>; files: string[] } {
  const outDir = mkdtempSync(join(tmpdir(), `portal-a11y-bench-${size}-`));
  for (const entry of readdirSync(dist)) if (entry === '_astro' || entry.endsWith('.svg')) cpSync(join(dist, entry), join(outDir, entry), { recursive: true });
  const routeFiles = new Map<string, URL[]>();
  const files: string[] = [];
  for (let n = 0; n < size; n++) {
    const original = originals[n % originals.length]!;
    const file = join(outDir, 'halaman', String(n), 'index.html');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, variant(readFileSync(original.file, 'utf8'), n));
    // Copies of one original page stand for one route template, as Astro would report them.
    const route = routeFiles.get(original.path) ?? [];
    route.push(pathToFileURL(file));
    routeFiles.set(original.path, route);
    files.push(file);
  }
  return { outDir, routeFiles, files };
}

function touch(file: string, mark: string): void {
  writeFileSync(file, readFileSync(file, 'utf8').replace('</main>', `<p>${mark}</p></main>`));
}

const rows: string[] = [];

async function timed(label: string, run: () => Promise<{ rechecked: number; browserRechecked: number; pages: number }>, pages: number) {
  const load = loadavg()[0] ?? 0;
  const started = performance.now();
  const result = await run();
  const ms = performance.now() - started;
  console.log(
    `${label.padEnd(44)} ${(ms / 1000).toFixed(2).padStart(7)} s  ${(ms / pages).toFixed(1).padStart(6)} ms a page  (jsdom re-checked ${result.rechecked}, Chromium re-opened ${result.browserRechecked})`,
  );
  rows.push(`| ${pages} | ${label} | ${(ms / 1000).toFixed(2)} | ${(ms / pages).toFixed(1)} | ${result.rechecked} | ${result.browserRechecked} | ${load.toFixed(1)} |`);
}

function writeResults(): void {
  const body = [
    `Machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. Copies of the ${originals.length} built pages, each original counted as a route template of its own (more Chromium work than the site's real templates); \`npm run bench:accessibility -- ${sizes.join(' ')}\`.`,
    '',
    '| pages | run | seconds | ms a page | re-checked in jsdom | re-opened in Chromium | load average (1 min) at start |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
  updateBenchmarkSection(join(import.meta.dirname, '..', 'BENCHMARKS.md'), 'accessibility', body);
}

console.log(`Machine: ${availableParallelism()} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`);
for (const size of sizes) {
  const { outDir, routeFiles, files } = makeSite(size);
  const cacheDir = join(outDir, '.cache');
  const check = () => checkBuild({ outDir, routeFiles, cacheDir, browser: 'auto' });
  const templates = routeFiles.size;
  console.log(`\n${size} pages (${templates} templates):`);
  try {
    await timed('cold (empty cache)', check, size);
    await timed('rebuild, nothing changed', check, size);
    // One article and the four list pages that show it (news list, topic, home, pagination).
    const sample = new Set([...routeFiles.values()].map((urls) => urls[0]?.pathname));
    const notSamples = files.filter((file) => !sample.has(pathToFileURL(file).pathname));
    for (const file of notSamples.slice(0, 5)) touch(file, 'Berita diperbarui.');
    await timed('rebuild, one article + 4 list pages changed', check, size);
    const samplePage = [...routeFiles.values()][0]![0]!;
    touch(samplePage.pathname, 'Halaman contoh templat diperbarui.');
    for (const file of notSamples.slice(5, 9)) touch(file, 'Daftar diperbarui.');
    await timed('rebuild, the same, the article is its template\'s Chromium page', check, size);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
writeResults();
