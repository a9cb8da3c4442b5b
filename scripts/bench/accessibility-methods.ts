/**
 * Compares the two ways the accessibility gate can check pages in jsdom, on a synthetic site
 * of N entries built with the portal's real layouts: every rule on every whole page, against
 * each distinct frame once plus every page's own regions (src/integrations/accessibility/
 * jsdom-check.ts). Reports the time of each (wall and CPU, both with an empty cache and the
 * Chromium pass off, which is the same either way) and whether the findings are identical.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { listBuiltPages } from '../../src/integrations/accessibility/built-pages.ts';
import { checkBuild, type CheckBuildResult } from '../../src/integrations/accessibility/check-build.ts';
import type { CheckMethod } from '../../src/integrations/accessibility/jsdom-check.ts';
import { linkNodeModules } from '../lib/link-node-modules.ts';
import { writeSyntheticContent } from './synthetic-content.ts';

export interface MethodTiming {
  method: CheckMethod;
  wallMs: number;
  /** CPU time of this process and its worker threads. */
  cpuMs: number;
  loadAtStart: number;
}

export interface MethodComparison {
  /** 'clean' or 'planted'. */
  site: string;
  entries: number;
  pages: number;
  timings: MethodTiming[];
  /** Findings per page, rule, element and HTML alike under both methods. */
  identical: boolean;
  findings: number;
  /** Pages given a planted violation. */
  planted: number;
}

/** Builds the synthetic site with Astro alone (no gates): the pages are what the full build writes. */
function buildSyntheticSite(projectRoot: string, entries: number): string {
  const dir = mkdtempSync(join(tmpdir(), `portal-a11y-methods-${entries}-`));
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(projectRoot, item), join(dir, item), { recursive: true });
  linkNodeModules(projectRoot, dir, { shareBuildCaches: false });
  writeSyntheticContent({ projectRoot, contentDir: join(dir, 'content'), entries });
  const build = spawnSync(join(dir, 'node_modules/.bin/astro'), ['build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, PORTAL_BARE_BUILD: '1' }, maxBuffer: 256 * 1024 * 1024 });
  if (build.status !== 0) throw new Error(`The synthetic site did not build:\n${`${build.stdout}\n${build.stderr}`.slice(-4000)}`);
  return dir;
}

/** Plants the violations described above; returns how many pages carry one. */
function plantViolations(outDir: string): number {
  let planted = 0;
  listBuiltPages(outDir).forEach((page, index) => {
    const html = readFileSync(page.file, 'utf8');
    let changed = html;
    if (/^\/berita\/[^/]+\/$/.test(page.path) && !page.path.startsWith('/berita/halaman/')) changed = changed.replace('</header>', '<img src="/tanpa-alt.png"></header>');
    if (index % 50 === 0) changed = changed.replace('</main>', '<button type="button"></button></main>');
    if (changed !== html) {
      writeFileSync(page.file, changed);
      planted += 1;
    }
  });
  return planted;
}

function findingKeys(result: CheckBuildResult): string[] {
  return result.failing.flatMap(({ page, findings }) => findings.map((finding) => `${page.path} | ${finding.rule} | ${finding.target} | ${finding.html}`)).sort();
}

async function timed(outDir: string, method: CheckMethod): Promise<{ timing: MethodTiming; result: CheckBuildResult }> {
  const loadAtStart = loadavg()[0] ?? 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = await checkBuild({ outDir, browser: 'off', method });
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { timing: { method, wallMs, cpuMs: (used.user + used.system) / 1000, loadAtStart }, result };
}

async function compareOn(outDir: string, entries: number, site: string, planted: number): Promise<MethodComparison> {
  const whole = await timed(outDir, 'whole-page');
  const frames = await timed(outDir, 'frames');
  const wholeKeys = findingKeys(whole.result);
  const frameKeys = findingKeys(frames.result);
  return {
    site,
    entries,
    pages: whole.result.pages,
    timings: [whole.timing, frames.timing],
    identical: JSON.stringify(wholeKeys) === JSON.stringify(frameKeys) && whole.result.pages === frames.result.pages,
    findings: wholeKeys.length,
    planted,
  };
}

export async function compareAccessibilityMethods(projectRoot: string, entries: number): Promise<MethodComparison[]> {
  const dir = buildSyntheticSite(projectRoot, entries);
  try {
    const outDir = join(dir, 'dist');
    const clean = await compareOn(outDir, entries, 'clean', 0);
    const planted = plantViolations(outDir);
    return [clean, await compareOn(outDir, entries, 'planted', planted)];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
