/**
 * Publication benchmark: how long from a changed article to a deployable build, as a pipeline
 * run does it. For each size it writes synthetic content (scripts/bench/synthetic-content.ts)
 * into a temporary copy of the project committed to git (pages date themselves from the
 * history), never into content/, and measures, step by step as the pipelines run them:
 *   install   bash scripts/setup.sh: npm packages from npm's download cache (a pipeline keeps
 *             ~/.npm; node_modules itself starts empty in every run);
 *   build     npm run build (node scripts/build.ts, CI=true: every gate, Chromium included);
 *   deploy    npm run deploy to a folder on this machine (the rsync and the switch, no network);
 * for a cold run (no build caches: the first run, or after a change of dependencies) and for
 * warm runs (node_modules/.astro and node_modules/.cache kept from the run before, as the
 * pipelines' caches keep them), each after one changed and committed article: three warm runs,
 * the median reported with the range. The size of the two cache folders is reported too: a
 * hosted pipeline spends time restoring and saving them, which depends on the host.
 *
 * Usage: npm run bench:publish -- [sizes, default 500,5000] [--no-install]
 *   --no-install links the project's installed packages instead of installing them (install
 *   is then not measured), for machines where npm install must not run.
 * Results: BENCHMARKS.md, section "Publication time" (sizes not run keep their figures).
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { readBenchmarkSection, updateBenchmarkSection } from './bench/benchmarks-file.ts';
import { parsePublishSection, renderPublishSection, type PublishRun, type PublishSize } from './bench/publish-section.ts';
import { writeSyntheticContent } from './bench/synthetic-content.ts';
import { linkNodeModules } from './lib/link-node-modules.ts';

const projectRoot = process.cwd();
const args = process.argv.slice(2);
const install = !args.includes('--no-install');
const sizes = (args.find((arg) => /^\d/.test(arg)) ?? '500,5000').split(',').map(Number).filter((size) => size > 0);
const WARM_RUNS = 3;
const node = join(projectRoot, 'node_modules/.bin/node');

function timed(label: string, command: string, commandArgs: string[], cwd: string, env: NodeJS.ProcessEnv = {}): number {
  const started = performance.now();
  const result = spawnSync(command, commandArgs, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${label} failed in ${cwd}:\n${`${result.stdout}\n${result.stderr}`.slice(-4000)}`);
  return performance.now() - started;
}

function git(cwd: string, ...gitArgs: string[]): void {
  const result = spawnSync('git', gitArgs, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@contoh.example', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@contoh.example' } });
  if (result.status !== 0) throw new Error(`git ${gitArgs.join(' ')}: ${result.stderr}`);
}

function makeProject(size: number): string {
  const dir = mkdtempSync(join(tmpdir(), `portal-bench-publish-${size}-`));
  for (const item of ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json']) cpSync(join(projectRoot, item), join(dir, item), { recursive: true });
  writeSyntheticContent({ projectRoot, contentDir: join(dir, 'content'), entries: size });
  git(dir, 'init', '-q');
  git(dir, 'add', 'content');
  git(dir, 'commit', '-q', '-m', 'Isi sintetis');
  return dir;
}

/**
 * A pipeline run starts without node_modules; only the two build caches come back from its
 * cache. Without --no-install the packages are installed again from npm's download cache;
 * with it, the project's installed packages are linked instead. The caches stay either way.
 */
function installStep(dir: string): number | undefined {
  const kept = join(dir, '.bench-caches');
  mkdirSync(kept, { recursive: true });
  for (const cache of ['.astro', '.cache']) {
    try {
      renameSync(join(dir, 'node_modules', cache), join(kept, cache));
    } catch {
      // No cache yet: a cold run.
    }
  }
  rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
  mkdirSync(join(dir, 'node_modules'));
  if (!install) linkNodeModules(projectRoot, dir, { shareBuildCaches: false });
  for (const cache of ['.astro', '.cache']) {
    try {
      renameSync(join(kept, cache), join(dir, 'node_modules', cache));
    } catch {
      // Nothing kept.
    }
  }
  if (!install) return undefined;
  return timed('install', 'bash', ['scripts/setup.sh'], dir, { npm_config_prefer_offline: 'true', PATH: `${join(projectRoot, 'node_modules/.bin')}:${process.env.PATH ?? ''}` });
}

function cacheMegabytes(dir: string): number {
  const result = spawnSync('du', ['-sbL', join(dir, 'node_modules/.astro'), join(dir, 'node_modules/.cache')], { encoding: 'utf8' });
  return Math.round(result.stdout.split('\n').reduce((sum, line) => sum + (Number(line.split('\t')[0]) || 0), 0) / 1_048_576);
}

function run(dir: string, target: string, expectWarm: boolean): PublishRun {
  const installMs = installStep(dir);
  // A warm run that found no caches would measure a cold build under the wrong name.
  if (expectWarm !== existsSync(join(dir, 'node_modules/.astro'))) throw new Error(`Build caches ${expectWarm ? 'missing before a warm' : 'present before a cold'} run in ${dir}.`);
  const buildMs = timed('build', node, ['scripts/build.ts'], dir, { CI: 'true' });
  const deployMs = timed('deploy', node, ['scripts/deploy.ts', '--keep', '2', target], dir);
  return { installMs, buildMs, deployMs };
}

function changeOneArticle(dir: string, edit: number): void {
  appendFileSync(join(dir, 'content/news/berita-1/index.mdx'), `\nParagraf tambahan untuk pengukuran penerbitan nomor ${edit}.\n`);
  git(dir, 'commit', '-q', '-am', `Ubah berita ${edit}`);
}

const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${Math.round(totalmem() / 2 ** 30)} GiB memory, Node ${process.version}`;
const benchmarksFile = join(projectRoot, 'BENCHMARKS.md');
const results = parsePublishSection(readBenchmarkSection(benchmarksFile, 'publish'));

for (const size of sizes) {
  console.log(`\n== ${size} entries`);
  const loadAtStart = loadavg()[0] ?? 0;
  const dir = makeProject(size);
  const target = join(dir, '.bench-target');
  try {
    const cold = run(dir, target, false);
    console.log(`   cold: ${JSON.stringify(cold)}`);
    const warm: PublishRun[] = [];
    for (let edit = 1; edit <= WARM_RUNS; edit++) {
      changeOneArticle(dir, edit);
      warm.push(run(dir, target, true));
      console.log(`   warm ${edit}: ${JSON.stringify(warm.at(-1))}`);
    }
    const entry: PublishSize = { size, date: new Date().toISOString().slice(0, 10), cold, warm, cacheMb: cacheMegabytes(dir), installMeasured: install, load: [loadAtStart, loadavg()[0] ?? 0] };
    results.set(size, entry);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // Written after every size, so a long run that is stopped keeps its finished sizes.
  updateBenchmarkSection(benchmarksFile, 'publish', renderPublishSection(machine, results.values()));
}
console.log('\nResults written to BENCHMARKS.md (section "Publication time").');
