/**
 * Build benchmark. For each size it writes synthetic content into a temporary copy of the
 * project (never into content/), then measures, for the full build (every gate) and a bare
 * Astro build (PORTAL_BARE_BUILD=1: MDX only) of the same content:
 *   cold build, rebuild with nothing changed, rebuild after one article changed;
 * wall time, peak memory and time per stage; and page weight per page type.
 * Results go to BENCHMARKS.md (section "Build") and .cache/bench/build-<size>.json.
 *
 * Usage: npm run bench:build -- [sizes, default 500,2000,5000]
 */
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { linkNodeModules } from './lib/link-node-modules.ts';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { measureBuild, type BuildMeasurement } from './bench/measure-build.ts';
import { writeSyntheticContent } from './bench/synthetic-content.ts';
import { updateBenchmarkSection } from './bench/benchmarks-file.ts';

const projectRoot = process.cwd();
const sizes = (process.argv[2] ?? '500,2000,5000').split(',').map(Number).filter((size) => size > 0);

/** A throwaway project: copies of the code, synthetic content, node_modules linked package by package (so Astro's cache stays local). */
function makeBenchProject(size: number): string {
  const dir = mkdtempSync(join(tmpdir(), `portal-bench-${size}-`));
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(projectRoot, item), join(dir, item), { recursive: true });
  linkNodeModules(projectRoot, dir, { shareBuildCaches: false });
  writeSyntheticContent({ projectRoot, contentDir: join(dir, 'content'), entries: size });
  return dir;
}

function cleanCaches(dir: string): void {
  for (const item of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.cache', '.cache']) rmSync(join(dir, item), { recursive: true, force: true });
}

function changeOneArticle(dir: string, run: number): void {
  appendFileSync(join(dir, 'content/news/berita-1/index.mdx'), `\nParagraf tambahan untuk pengukuran ulang nomor ${run}.\n`);
}

interface ModeResult {
  cold: BuildMeasurement;
  unchanged: BuildMeasurement;
  oneChanged: BuildMeasurement;
  pages: number;
}

async function runMode(dir: string, bare: boolean, run: number): Promise<ModeResult> {
  cleanCaches(dir);
  const env = bare ? { PORTAL_BARE_BUILD: '1' } : {};
  const cold = await measureBuild(dir, env);
  if (!cold.ok) throw new Error(`Cold ${bare ? 'bare' : 'full'} build failed:\n${cold.log.slice(-4000)}`);
  const unchanged = await measureBuild(dir, env);
  changeOneArticle(dir, run);
  const oneChanged = await measureBuild(dir, env);
  const pages = Number(/(\d+) page\(s\) built/.exec(cold.log)?.[1] ?? 0);
  return { cold, unchanged, oneChanged, pages };
}

function pageWeights(dir: string): Record<string, { pages: number; medianKb: number; maxKb: number }> {
  const file = join(dir, '.cache/page-weight.json');
  if (!existsSync(file)) return {};
  const report = JSON.parse(readFileSync(file, 'utf8')) as { type: string; total: number }[];
  const byType = new Map<string, number[]>();
  for (const page of report) byType.set(page.type, [...(byType.get(page.type) ?? []), page.total]);
  const result: Record<string, { pages: number; medianKb: number; maxKb: number }> = {};
  for (const [type, totals] of byType) {
    totals.sort((a, b) => a - b);
    result[type] = {
      pages: totals.length,
      medianKb: Math.round((totals[Math.floor(totals.length / 2)] ?? 0) / 102.4) / 10,
      maxKb: Math.round((totals.at(-1) ?? 0) / 102.4) / 10,
    };
  }
  return result;
}

/** The highest memory of a mode's three builds: PSS sum (what the tree occupies), RSS sum, and the stage then running. */
function peak(mode: ModeResult): { pss: number; rss: number; during: string } {
  const builds = [mode.cold, mode.unchanged, mode.oneChanged];
  const highest = builds.reduce((max, build) => (build.peakPssMb > max.peakPssMb ? build : max));
  return { pss: highest.peakPssMb, rss: Math.max(...builds.map((build) => build.peakRssMb)), during: highest.peakDuring };
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : '-');

const lines: string[] = [];
const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB memory, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
lines.push(`Machine: ${machine}.`, '');
lines.push('| pages | build | bare cold (s) | full cold (s) | ratio | bare unchanged (s) | full unchanged (s) | bare one changed (s) | full one changed (s) | ratio | peak memory bare (MB) | peak memory full (MB) | full, RSS sum (MB) |');
lines.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
const details: string[] = [];
const peaks: string[] = [];

mkdirSync(join(projectRoot, '.cache/bench'), { recursive: true });
for (const size of sizes) {
  console.log(`\n== ${size} entries: writing synthetic content`);
  const dir = makeBenchProject(size);
  try {
    console.log('   bare build (cold, unchanged, one changed)');
    const bare = await runMode(dir, true, 1);
    console.log(`   bare: ${seconds(bare.cold.wallMs)} s / ${seconds(bare.unchanged.wallMs)} s / ${seconds(bare.oneChanged.wallMs)} s`);
    console.log('   full build (cold, unchanged, one changed)');
    const full = await runMode(dir, false, 2);
    console.log(`   full: ${seconds(full.cold.wallMs)} s / ${seconds(full.unchanged.wallMs)} s / ${seconds(full.oneChanged.wallMs)} s`);
    const weights = pageWeights(dir);
    writeFileSync(join(projectRoot, `.cache/bench/build-${size}.json`), JSON.stringify({ size, bare, full, weights }, (key, value) => (key === 'log' ? undefined : value), 1));
    lines.push(
      `| ${full.pages} | ${size} entries | ${seconds(bare.cold.wallMs)} | ${seconds(full.cold.wallMs)} | ${ratio(full.cold.wallMs, bare.cold.wallMs)} | ${seconds(bare.unchanged.wallMs)} | ${seconds(full.unchanged.wallMs)} | ${seconds(bare.oneChanged.wallMs)} | ${seconds(full.oneChanged.wallMs)} | ${ratio(full.oneChanged.wallMs, bare.oneChanged.wallMs)} | ${peak(bare).pss} | ${peak(full).pss} | ${peak(full).rss} |`,
    );
    peaks.push(`- ${size} entries: bare peaked during “${peak(bare).during}”; full during “${peak(full).during}”.`);
    details.push('', `### ${size} entries (${full.pages} pages)`, '', '| stage | bare cold (s) | full cold (s) | full unchanged (s) | full one changed (s) |', '| --- | --- | --- | --- | --- |');
    const stageNames = new Set([...Object.keys(bare.cold.stages), ...Object.keys(full.cold.stages), ...Object.keys(full.oneChanged.stages)]);
    for (const stage of stageNames) {
      const value = (measurement: BuildMeasurement) => (measurement.stages[stage] === undefined ? '-' : seconds(measurement.stages[stage] ?? 0));
      details.push(`| ${stage} | ${value(bare.cold)} | ${value(full.cold)} | ${value(full.unchanged)} | ${value(full.oneChanged)} |`);
    }
    details.push('', '| page type | pages | median KB | max KB |', '| --- | --- | --- | --- |');
    for (const [type, weight] of Object.entries(weights)) details.push(`| ${type} | ${weight.pages} | ${weight.medianKb} | ${weight.maxKb} |`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // Written after every size, so a long run that is stopped still leaves its finished sizes.
  updateBenchmarkSection(join(projectRoot, 'BENCHMARKS.md'), 'build', ['## Build', '', ...lines, '', 'Peak memory is the process tree’s PSS sum (shared pages split between the processes that map them); the RSS sum counts shared pages once per process. Where each peak came:', '', ...peaks, ...details].join('\n'));
}

console.log('\nResults written to BENCHMARKS.md (section "Build").');
