/**
 * What the full build would cost without one of its stages: the lowest a faster version of that
 * stage could bring the build to. For each size it writes synthetic content (as bench:build
 * does) into three throwaway copies of the project and builds each cold, side by side: a bare
 * Astro build, the full build without the stage, and the full build. Each round runs the three
 * in turn, the next round in the opposite order, so a machine that slows down during the run
 * moves all three. Results go to BENCHMARKS.md (section "Build without one stage").
 *
 * Usage: npm run bench:floor -- [sizes, default 500,5000] [--without=<stage>, default accessibility] [--rounds=<n>, default 2]
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { updateBenchmarkSection } from './bench/benchmarks-file.ts';
import { cleanCaches, makeBenchProject } from './bench/bench-project.ts';
import { measureBuild } from './bench/measure-build.ts';
import { writeSyntheticContent } from './bench/synthetic-content.ts';
import { STAGES_FILE, withoutStage } from './bench/without-stage.ts';
import { astroBuildEnvironment } from './lib/astro-build-environment.ts';

const projectRoot = process.cwd();
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { without: { type: 'string', default: 'accessibility' }, rounds: { type: 'string', default: '2' } },
});
const sizes = (positionals[0] ?? '500,5000').split(',').map(Number).filter((size) => size > 0);
const stage = values.without;
const rounds = Math.max(1, Number(values.rounds) || 2);
if (sizes.length === 0) {
  // Nothing to measure: the section keeps the figures of the last run.
  console.error('Usage: npm run bench:floor -- <sizes, e.g. 500,5000> [--without=<stage>] [--rounds=<n>]');
  process.exit(1);
}

interface Kind {
  name: string;
  dir: string;
  env: NodeJS.ProcessEnv;
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB memory, Node ${process.version}`;
const runDate = new Date().toISOString().slice(0, 10);
const rows: string[] = [];

for (const size of sizes) {
  console.log(`\n== ${size} entries: writing synthetic content`);
  const bareDir = makeBenchProject(projectRoot, size, 'bare', (contentDir) => writeSyntheticContent({ projectRoot, contentDir, entries: size }));
  const sameContent = (contentDir: string) => cpSync(join(bareDir, 'content'), contentDir, { recursive: true });
  const withoutDir = makeBenchProject(projectRoot, size, `without-${stage}`, sameContent);
  const fullDir = makeBenchProject(projectRoot, size, 'full', sameContent);
  const stagesFile = join(withoutDir, STAGES_FILE);
  writeFileSync(stagesFile, withoutStage(readFileSync(stagesFile, 'utf8'), stage));
  const kinds: Kind[] = [
    { name: 'bare', dir: bareDir, env: { PORTAL_BARE_BUILD: '1' } },
    { name: 'without', dir: withoutDir, env: astroBuildEnvironment(process.env) },
    { name: 'full', dir: fullDir, env: astroBuildEnvironment(process.env) },
  ];
  try {
    for (let round = 1; round <= rounds; round += 1) {
      const load = loadavg()[0]?.toFixed(1) ?? '-';
      const wall = new Map<string, number>();
      let pages = 0;
      for (const kind of round % 2 === 1 ? kinds : [...kinds].reverse()) {
        cleanCaches(kind.dir);
        const measured = await measureBuild(kind.dir, kind.env);
        if (!measured.ok) throw new Error(`Cold build (${kind.name}) of ${size} entries failed:\n${measured.log.slice(-4000)}`);
        wall.set(kind.name, measured.wallMs);
        pages ||= Number(/(\d+) page\(s\) built/.exec(measured.log)?.[1] ?? 0);
        console.log(`   round ${round}, ${kind.name}: ${seconds(measured.wallMs)} s`);
      }
      const time = (name: string) => wall.get(name) ?? 0;
      const ratio = (name: string) => (time('bare') ? (time(name) / time('bare')).toFixed(2) : '-');
      rows.push(`| ${size} | ${pages} | ${round} | ${seconds(time('bare'))} | ${seconds(time('without'))} | ${ratio('without')} | ${seconds(time('full'))} | ${ratio('full')} | ${load} |`);
    }
  } finally {
    for (const kind of kinds) rmSync(kind.dir, { recursive: true, force: true });
  }
}

const body = [
  `Machine: ${machine}, ${runDate}. Cold builds (no caches) of the build benchmark's synthetic content; each round builds bare, full without the stage, and full in turn, the next round in the opposite order; \`npm run bench:floor -- ${sizes.join(',')} --without=${stage} --rounds=${rounds}\`.`,
  '',
  `| entries | pages | round | bare cold (s) | full without ${stage} (s) | ratio to bare | full cold (s) | ratio to bare | load average (1 min) at start |`,
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows,
].join('\n');
updateBenchmarkSection(join(projectRoot, 'BENCHMARKS.md'), 'floor', body);
console.log('\nResults written to BENCHMARKS.md (section "Build without one stage").');
