/**
 * Proof that the accessibility gate bites: a fixture site with planted violations (an image
 * without alt, low-contrast text, a button without a name, a skipped heading level, a focus
 * that cannot be seen, a box wider than a 320 px screen) must fail to build, and the build log
 * must name each violation with its page, element and fix. The
 * fixture builds into a temporary folder, never into dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    expect(log).toContain('Pemeriksaan aksesibilitas gagal: 6 pelanggaran di 1 halaman.');
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
    expect(existsSync(join(scratch, 'dist', 'bersih', 'index.html'))).toBe(true);
  });
});
