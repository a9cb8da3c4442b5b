/**
 * Runs one `astro build` in a project folder and measures it: wall time, peak memory of the
 * whole process tree (sampled from /proc), and the time of each stage as the build logs it.
 *
 * Memory is sampled two ways. The RSS sum counts memory that processes share (Chromium's
 * renderer and GPU processes map the same libraries) once per process, so it overstates what
 * the machine needs; the PSS sum (proportional set size, from smaps_rollup) splits each shared
 * page between the processes that map it, so the sum is what the tree really occupies.
 */
import { buildStages } from '../../src/strings/build-stages.ts';
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface BuildMeasurement {
  ok: boolean;
  wallMs: number;
  peakRssMb: number;
  peakPssMb: number;
  /** The build's last log line when the PSS peak was sampled: which stage needed the memory. */
  peakDuring: string;
  stages: Record<string, number>;
  log: string;
}

function childrenOf(pid: number): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === pid) found.push(Number(entry));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return found;
}

function processTree(pid: number): number[] {
  const tree: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const current = queue.pop() as number;
    tree.push(current);
    queue.push(...childrenOf(current));
  }
  return tree;
}

function sumKb(pids: number[], file: string, field: RegExp): number {
  let total = 0;
  for (const pid of pids) {
    try {
      total += Number(field.exec(readFileSync(`/proc/${pid}/${file}`, 'utf8'))?.[1] ?? 0);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total;
}

function lastLogLine(log: string): string {
  const lines = log.replace(/\x1b\[[0-9;]*m/g, '').trimEnd().split('\n');
  // Without the clock time Astro prints first: the stage is what matters.
  return (lines.at(-1) ?? '').replace(/^\s*\d\d:\d\d:\d\d\s*/, '').trim().slice(0, 160);
}

const SECTION_MARKERS: [RegExp, string][] = [
  [/Collecting build info/, 'content sync and setup'],
  [/generating static routes/, 'render pages'],
  [/generating optimized images/, 'images'],
];

function toMs(value: string, unit: string): number {
  const number = Number(value.replace(',', '.'));
  return unit === 's' ? number * 1000 : number;
}

/**
 * Stage times from the build log: Astro's own sections (its log lines), then the portal's
 * stages from the table every full build prints at its end (src/integrations/portal/stage-table.ts),
 * named as the stage graph names them. A bare build prints no table and has no portal stages.
 */
export function parseStages(log: string): Record<string, number> {
  const stages: Record<string, number> = {};
  let section: string | undefined;
  let inTable = false;
  for (const raw of log.split('\n')) {
    const line = raw.replace(/\x1b\[[0-9;]*m/g, '');
    if (line.includes(buildStages.title)) {
      inTable = true;
      continue;
    }
    if (inTable) {
      const row = /^\s+(\S+)\s+.+?\s+(\d+) ms$/.exec(line);
      if (row && row[1] !== buildStages.stageHeading) {
        stages[`portal:${row[1]}`] = Number(row[2]);
        continue;
      }
      if (!line.includes(buildStages.stageHeading)) inTable = false;
    }
    const marker = SECTION_MARKERS.find(([pattern]) => pattern.test(line));
    if (marker) section = marker[1];
    const completed = /Completed in (\d+(?:\.\d+)?)(ms|s)/.exec(line);
    if (completed && section) {
      stages[section] = toMs(completed[1] ?? '0', completed[2] ?? 'ms');
      section = undefined;
      continue;
    }
    const bundled = /\[vite\] ✓ built in (\d+(?:\.\d+)?)(ms|s)/.exec(line);
    if (bundled) stages['bundle'] = (stages['bundle'] ?? 0) + toMs(bundled[1] ?? '0', bundled[2] ?? 'ms');
  }
  return stages;
}

export function measureBuild(projectDir: string, env: NodeJS.ProcessEnv = {}): Promise<BuildMeasurement> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(`${projectDir}/node_modules/.bin/astro`, ['build'], {
      cwd: projectDir,
      env: { ...process.env, ...env, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    let peakKb = 0;
    let peakPssKb = 0;
    let peakDuring = '';
    // RSS is cheap to read and sampled often. PSS makes the kernel walk every mapping of the
    // process (gigabytes for Astro), which slowed the measured build by a third at 10 samples
    // a second, so it is read every half second; the peaks it looks for last seconds.
    let ticks = 0;
    const sampler = setInterval(() => {
      if (!child.pid) return;
      const tree = processTree(child.pid);
      peakKb = Math.max(peakKb, sumKb(tree, 'status', /VmRSS:\s+(\d+)/));
      if (ticks++ % 5 !== 0) return;
      const pss = sumKb(tree, 'smaps_rollup', /^Pss:\s+(\d+)/m);
      if (pss > peakPssKb) {
        peakPssKb = pss;
        peakDuring = lastLogLine(log);
      }
    }, 100);
    child.on('exit', (code) => {
      clearInterval(sampler);
      resolve({
        ok: code === 0,
        wallMs: Math.round(performance.now() - started),
        peakRssMb: Math.round(peakKb / 1024),
        peakPssMb: Math.round(peakPssKb / 1024),
        peakDuring,
        stages: parseStages(log),
        log,
      });
    });
  });
}
