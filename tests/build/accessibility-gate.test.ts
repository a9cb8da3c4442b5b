/**
 * Proof that the accessibility gate bites: a fixture site with planted violations (an image
 * without alt, low-contrast text, a button without a name, a skipped heading level, a focus
 * that cannot be seen, a box wider than a 320 px screen) must fail to build, and the build log
 * must name each violation with its page, element and fix. Two templates sharing one frame add
 * a violation in the frame of one template only (every page of it must be named, no page of
 * the other) and violations in content regions (only their own page): the check by frame and
 * region must find exactly what the check of every whole page finds. The fixture builds into
 * a temporary folder, never into dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBuild, type CheckBuildResult } from '../../src/integrations/accessibility/check-build.ts';
import { projectRoot } from '../helpers/paths.ts';

const fixtureRoot = join(projectRoot, 'tests/fixtures/a11y-violations');
const scratch = mkdtempSync(join(tmpdir(), 'portal-a11y-gate-'));
let status: number | null;
let log: string;

beforeAll(() => {
  const result = spawnSync(join(projectRoot, 'node_modules/.bin/astro'), ['build', '--root', fixtureRoot], {
    encoding: 'utf8',
    env: { ...process.env, FIXTURE_OUT_DIR: join(scratch, 'dist'), FIXTURE_CACHE_DIR: join(scratch, 'cache'), FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  status = result.status;
  log = `${result.stdout}\n${result.stderr}`;
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The report block of one rule: from its line to the next rule or page. */
function blockOf(rule: string): string {
  const start = log.indexOf(`  - ${rule} [`);
  if (start < 0) return '';
  const rest = log.slice(start + 4);
  const end = rest.search(/\n {2}- |\n\n/);
  return end < 0 ? rest : rest.slice(0, end);
}

describe('a page with planted violations', () => {
  it('fails the build', () => {
    expect(status, log).not.toBe(0);
    expect(log).toContain('Pemeriksaan aksesibilitas gagal: 11 pelanggaran di 5 halaman.');
  });

  it('names the page and its file', () => {
    expect(log).toContain(`/  (${join(scratch, 'dist', 'index.html')})`);
  });

  it.each([
    ['image-alt', 'foto-tanpa-alt.png'],
    ['color-contrast', 'Teks abu-abu muda'],
    ['button-name', '<button type="button"'],
    ['heading-order', 'Judul yang melompati tingkat dua'],
  ])('names %s with the element and how to fix it', (rule, element) => {
    const block = blockOf(rule);
    expect(block, log).not.toBe('');
    expect(block).toContain(element);
    expect(block).toMatch(/cara memperbaiki: Fix (any|all) of the following: \S/);
    expect(block).toContain(`rujukan: https://dequeuniversity.com/rules/axe/4.14/${rule}`);
  });

  it.each([
    ['focus-visible', 'Tautan tanpa tanda fokus', 'Understanding/focus-visible.html'],
    ['reflow-320', 'Kotak yang lebarnya tetap', 'Understanding/reflow.html'],
  ])('names %s, a check of its own in Chromium, with the element and how to fix it', (rule, element, reference) => {
    const block = blockOf(rule);
    expect(block, log).toContain('ditemukan di Chromium');
    expect(block).toContain(element);
    expect(block).toMatch(/cara memperbaiki: \S/);
    expect(block).toContain(reference);
  });

  it('finds low contrast in Chromium, where colours are rendered', () => {
    expect(blockOf('color-contrast')).toContain('ditemukan di Chromium');
    expect(blockOf('color-contrast')).toMatch(/contrast of 1\.9\d/);
  });

  it('does not name the clean page', () => {
    const report = log.slice(log.indexOf('Situs belum memenuhi WCAG 2.2 AA'));
    expect(report).toContain('/  (');
    expect(report).not.toContain('/bersih/');
    expect(report).not.toContain('/layanan/satu/');
    expect(existsSync(join(scratch, 'dist', 'bersih', 'index.html'))).toBe(true);
    expect(existsSync(join(scratch, 'dist', 'layanan', 'satu', 'index.html'))).toBe(true);
  });
});

/** Every jsdom finding as "page rule element": Chromium is off, it checks the same either way. */
function findingsOf(result: CheckBuildResult): string[] {
  return result.failing.flatMap(({ page, findings }) => findings.map((finding) => `${page.path} ${finding.rule} ${finding.target}`)).sort();
}

describe('violations in the frame of one template and in content regions', () => {
  let whole: string[];
  let frames: string[];
  beforeAll(async () => {
    const outDir = join(scratch, 'dist');
    whole = findingsOf(await checkBuild({ outDir, browser: 'off', method: 'whole-page' }));
    frames = findingsOf(await checkBuild({ outDir, browser: 'off', method: 'frames' }));
  });

  it('are found by frame and region exactly as by the whole page', () => {
    expect(frames).toEqual(whole);
  });

  it('names the frame violation on every page of its template and on no other', () => {
    const pages = frames.filter((line) => line.endsWith(' label input')).map((line) => line.split(' ')[0]);
    expect(pages).toEqual(['/berita/dua/', '/berita/satu/', '/berita/tiga/']);
    expect(log).toContain('/berita/tiga/  (');
  });

  it('names each content violation on its own page only', () => {
    expect(frames.filter((line) => line.split(' ')[1] === 'link-name').map((line) => line.split(' ')[0])).toEqual(['/berita/satu/']);
    expect(frames.filter((line) => line.split(' ')[1] === 'list').map((line) => line.split(' ')[0])).toEqual(['/layanan/dua/']);
    expect(frames.filter((line) => line.startsWith('/ ')).map((line) => line.split(' ')[1]).sort()).toEqual(['button-name', 'heading-order', 'image-alt']);
  });
});
