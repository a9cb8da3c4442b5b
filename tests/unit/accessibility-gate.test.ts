/**
 * The parts of the accessibility gate that need no browser: page discovery, the choice of one
 * page per template, the accepted list, the report, and axe in jsdom itself.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import axe from 'axe-core';
import { afterAll, describe, expect, it } from 'vitest';
import { ACCEPTED_FINDINGS, DISABLED_RULES, RULES_NEEDING_RENDERING } from '../../src/integrations/accessibility/accepted.ts';
import { listBuiltPages, pagesPerTemplate, pathOfFile } from '../../src/integrations/accessibility/built-pages.ts';
import { formatReport } from '../../src/integrations/accessibility/format-report.ts';
import { createJsdomChecker } from '../../src/integrations/accessibility/jsdom-check.ts';
import { jsdomRunOptions, withoutAccepted } from '../../src/integrations/accessibility/rules.ts';
import type { Finding } from '../../src/integrations/accessibility/types.ts';
import { checkBuild } from '../../src/integrations/accessibility/check-build.ts';
import { checkInWorkers, startJsdomWorkers, workerCountFor } from '../../src/integrations/accessibility/worker-pool.ts';

const scratch = mkdtempSync(join(tmpdir(), 'portal-a11y-unit-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function finding(rule: string, target = 'img'): Finding {
  return { rule, impact: 'critical', help: 'help', helpUrl: 'https://example.test', target, html: '<img>', fix: 'fix it', engine: 'jsdom' };
}

const page = (title: string, body: string) =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${title}</title></head><body><header><p>Kop</p></header><main><h1>${title}</h1>${body}</main><footer><p>Kaki</p></footer></body></html>`;

describe('built pages', () => {
  it('maps files to the paths readers open', () => {
    expect(pathOfFile('/out', '/out/index.html')).toBe('/');
    expect(pathOfFile('/out', '/out/layanan/sertifikasi/index.html')).toBe('/layanan/sertifikasi/');
    expect(pathOfFile('/out', '/out/404.html')).toBe('/404.html');
  });

  it('lists every HTML file and picks one page per route template, plus pages no route claims', () => {
    const out = join(scratch, 'site');
    for (const path of ['index.html', 'layanan/b/index.html', 'layanan/a/index.html', 'extra.html']) {
      mkdirSync(join(out, path, '..'), { recursive: true });
      writeFileSync(join(out, path), '<!doctype html>');
    }
    writeFileSync(join(out, 'style.css'), '');
    const pages = listBuiltPages(out);
    expect(pages.map((p) => p.path)).toEqual(['/extra.html', '/', '/layanan/a/', '/layanan/b/']);
    const routes = new Map([
      ['/', [pathToFileURL(join(out, 'index.html'))]],
      ['/layanan/[slug]', [pathToFileURL(join(out, 'layanan/b/index.html')), pathToFileURL(join(out, 'layanan/a/index.html'))]],
    ]);
    expect(pagesPerTemplate(pages, routes).map((p) => p.path)).toEqual(['/', '/extra.html', '/layanan/a/']);
  });
});

describe('accepted findings and switched-off rules', () => {
  const known = new Set(axe.getRules().map((rule) => rule.ruleId));

  it('name real axe rules and give a reason for each', () => {
    for (const entry of [...RULES_NEEDING_RENDERING, ...DISABLED_RULES, ...ACCEPTED_FINDINGS]) {
      expect(known.has(entry.rule) || ['focus-visible', 'reflow-320'].includes(entry.rule), entry.rule).toBe(true);
      expect(entry.reason.trim().length, entry.rule).toBeGreaterThan(20);
    }
  });

  it('switch the rendering rules off in jsdom only', () => {
    const rules = jsdomRunOptions().rules ?? {};
    for (const { rule } of RULES_NEEDING_RENDERING) expect(rules[rule]).toEqual({ enabled: false });
  });

  it('drop a finding only on the page and element they name', () => {
    const accepted = [
      { rule: 'image-alt', page: '/berita/*', target: '.logo', reason: 'a reason long enough to count' },
      { rule: 'region', page: '/', reason: 'a reason long enough to count' },
    ];
    expect(withoutAccepted('/berita/x/', [finding('image-alt', '.logo'), finding('image-alt', '.photo')], accepted)).toEqual([finding('image-alt', '.photo')]);
    expect(withoutAccepted('/layanan/', [finding('image-alt', '.logo')], accepted)).toHaveLength(1);
    expect(withoutAccepted('/', [finding('region', 'div')], accepted)).toEqual([]);
  });
});

describe('worker count', () => {
  it('uses one worker for a few pages and every core for many', () => {
    expect(workerCountFor(0, 2)).toBe(0);
    expect(workerCountFor(3, 2)).toBe(1);
    expect(workerCountFor(500, 2)).toBe(2);
    expect(workerCountFor(500, 8)).toBe(8);
  });
});

describe('workers started ahead of the check', () => {
  const dir = join(scratch, 'ahead');
  mkdirSync(dir, { recursive: true });
  const files = ['satu', 'dua', 'tiga'].map((name) => {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, page(name, name === 'dua' ? '<img src="a.png">' : '<p>Isi.</p>'));
    return file;
  });

  it('are taken by the check, find what fresh workers find, and report the frame they met', async () => {
    const fresh = await checkInWorkers(files, { workers: 1 });
    const started = startJsdomWorkers(2);
    const taken = await checkInWorkers(files, { workers: 1, started });
    expect(taken.findings).toEqual(fresh.findings);
    expect(taken.findings.map((found) => found.map((f) => f.rule))).toEqual([[], ['image-alt'], []]);
    // One frame for the three pages, clean.
    expect(taken.metFrames).toEqual([[expect.any(String), []]]);
    // The one not taken is still there to end; a second take finds nothing for another method.
    expect(started.take(1, 'whole-page')).toEqual([]);
    await started.close();
    expect(started.take(1, 'frames')).toEqual([]);
  });

  it('take the frames an earlier build met and check none of them again', async () => {
    const first = await checkInWorkers(files, { workers: 1 });
    const [frameKey] = first.metFrames[0] ?? [];
    // A frame remembered as breaking a rule makes the page pass judge that rule over the whole page: same findings here.
    const again = await checkInWorkers(files, { workers: 1, knownFrames: [[frameKey ?? '', ['region']]] });
    expect(again.findings).toEqual(first.findings);
    expect(again.metFrames).toEqual([[frameKey, ['region']]]);
  });

  it('keep the frames between builds in the build cache', async () => {
    const out = join(scratch, 'frames-out');
    mkdirSync(join(out, 'a'), { recursive: true });
    mkdirSync(join(out, 'b'), { recursive: true });
    writeFileSync(join(out, 'a/index.html'), page('A', '<p>Isi.</p>'));
    writeFileSync(join(out, 'b/index.html'), page('B', '<img src="a.png">'));
    const cacheDir = join(scratch, 'frames-cache');
    const first = await checkBuild({ outDir: out, cacheDir, browser: 'off', workers: 1 });
    writeFileSync(join(out, 'a/index.html'), page('A', '<p>Isi yang diubah.</p>'));
    const second = await checkBuild({ outDir: out, cacheDir, browser: 'off', workers: 1 });
    expect(second.rechecked).toBe(1);
    expect(second.failing).toEqual(first.failing);
    const stored = JSON.parse(readFileSync(join(cacheDir, 'frames/index.json'), 'utf8')) as { entries: Record<string, [number, { frame: string; broken: string[] }]> };
    expect(Object.values(stored.entries).map(([, value]) => value.broken)).toEqual([[]]);
  });
});

describe('axe in jsdom', () => {
  const check = createJsdomChecker();

  it('passes a clean page', async () => {
    expect(await check(page('Bersih', '<p>Isi.</p><img src="a.png" alt="Gedung kantor"><button type="button">Kirim</button>'))).toEqual([]);
  });

  it('finds a missing alt, an unnamed button and a skipped heading level, each with its element and fix', async () => {
    const found = await check(page('Kotor', '<img src="a.png"><button type="button"></button><h3>Loncat</h3>'));
    expect(found.map((f) => f.rule).sort()).toEqual(['button-name', 'heading-order', 'image-alt']);
    for (const item of found) {
      expect(item.target).not.toBe('');
      expect(item.fix).not.toBe('');
      expect(item.helpUrl).toMatch(/^https:\/\/dequeuniversity\.com\/rules\/axe\//);
    }
  });

  it('checks each page on its own when one window is reused', async () => {
    await check(page('Kotor', '<img src="a.png">'));
    expect(await check(page('Bersih', '<p>Isi.</p>'))).toEqual([]);
  });
});

describe('report', () => {
  it('names the page, file, rule, element, fix and reference', () => {
    const text = formatReport([{ page: { path: '/layanan/', file: '/root/dist/layanan/index.html' }, findings: [finding('image-alt', 'img.logo')] }], '/root');
    expect(text).toContain('1 pelanggaran di 1 halaman');
    expect(text).toContain('/layanan/  (dist/layanan/index.html)');
    expect(text).toContain('image-alt');
    expect(text).toContain('img.logo');
    expect(text).toContain('cara memperbaiki: fix it');
    expect(text).toContain('rujukan: https://example.test');
  });
});
