/**
 * The accessibility check by frame and region finds exactly what the check of every whole
 * page finds: the split of axe's rules is held against what axe itself says about each rule,
 * and pages with violations planted in the frame, in the content, and across the border
 * between them are checked both ways.
 */
import axe from 'axe-core';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createJsdomChecker } from '../../src/integrations/accessibility/jsdom-check.ts';
import { splitPage } from '../../src/integrations/accessibility/page-regions.ts';
import { PARTS_DESPITE_AFTER, WHOLE_PAGE_RULES, scopeToRegions } from '../../src/integrations/accessibility/rule-split.ts';
import { jsdomRunOptions } from '../../src/integrations/accessibility/rules.ts';
import type { Finding } from '../../src/integrations/accessibility/types.ts';

interface AuditRule {
  id: string;
  selector: string;
  pageLevel: boolean;
  all: { id: string }[];
  any: { id: string }[];
  none: { id: string }[];
}
interface Audit {
  rules: AuditRule[];
  checks: Record<string, { after?: unknown }>;
}

/** The rules the jsdom pass runs, as axe itself resolves the options, with their definitions. */
async function jsdomRules(): Promise<AuditRule[]> {
  const dom = new JSDOM('<!doctype html><html lang="id"><head><title>x</title></head><body><main><h1>x</h1></main></body></html>', { runScripts: 'outside-only' });
  const window = dom.window as unknown as { eval: (source: string) => void; document: Document; axe: { run: typeof axe.run; _audit: Audit } };
  window.eval(axe.source);
  const results = await window.axe.run(window.document, jsdomRunOptions());
  const ran = new Set([...results.passes, ...results.inapplicable, ...results.violations, ...results.incomplete].map((result) => result.id));
  return window.axe._audit.rules.filter((rule) => ran.has(rule.id));
}

describe('which rules run on the whole page', () => {
  const wholePage = new Set(WHOLE_PAGE_RULES.map(({ rule }) => rule));

  it('lists every rule that gathers results across the page, judges the page, or matches <html>', async () => {
    const rules = await jsdomRules();
    const window = new JSDOM('<!doctype html><html lang="id" xml:lang="id"><head></head><body></body></html>', { runScripts: 'outside-only' }).window as unknown as {
      eval: (source: string) => void;
      document: Document;
      axe: { _audit: Audit };
    };
    window.eval(axe.source);
    const checks = window.axe._audit.checks;
    const { documentElement: html, body } = window.document;
    // A selector for <html> alone ("html:not(html *)"): its answer is about the page. Rules for every element ("*") judge <html> by its own attributes, which are part of the frame.
    const forHtmlAlone = (selector: string) => html.matches(selector) && !body.matches(selector);
    const needWholePage = rules
      .filter((rule) => rule.pageLevel || forHtmlAlone(rule.selector) || rule.selector === 'body *' || [...rule.all, ...rule.any, ...rule.none].some((check) => checks[check.id]?.after))
      .map((rule) => rule.id);
    expect(needWholePage.length).toBeGreaterThan(10);
    const explained = new Set(PARTS_DESPITE_AFTER.map(({ rule }) => rule));
    expect(needWholePage.filter((rule) => !wholePage.has(rule) && !explained.has(rule))).toEqual([]);
    // An explained exception is one the list above would otherwise demand, and is not also listed whole.
    expect([...explained].filter((rule) => !needWholePage.includes(rule) || wholePage.has(rule))).toEqual([]);
  });

  it('runs on frame and region only rules that judge an element without reading past it, save area-alt and region', async () => {
    // axe matches a selector inside the context it is given: "body *" finds nothing in a region
    // checked on its own. area-alt ("map area[href]") looks only from an area to its map, which
    // a region holds whole; region finds nothing inside a landmark, and every region is one.
    const parts = (await jsdomRules()).filter((rule) => !wholePage.has(rule.id));
    const lookPast = parts.filter((rule) => rule.selector.split(',').some((part) => /\S\s+[^\s,>+~]/.test(part.trim().replace(/\([^)]*\)/g, '()'))));
    expect(lookPast.map((rule) => rule.id).sort()).toEqual(['area-alt', 'region']);
  });

  it('lists only rules the jsdom pass runs, each with its reason', async () => {
    const ran = new Set((await jsdomRules()).map((rule) => rule.id));
    expect(WHOLE_PAGE_RULES.filter(({ rule }) => !ran.has(rule))).toEqual([]);
    for (const { reason } of WHOLE_PAGE_RULES) expect(reason.length).toBeGreaterThan(20);
  });
});

const frame = (nav: string, content: string, crumbs = '<li>Beranda</li>') =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Judul</title></head><body>` +
  `<a class="skip" href="#isi">Langsung ke isi</a><header><p>Balai POM</p><nav aria-label="Menu utama"><ul>${nav}</ul></nav></header>` +
  `<nav aria-label="Jejak" data-page-region><ol>${crumbs}</ol></nav>` +
  `<main id="isi" tabindex="-1">${content}</main><footer><h2>Kontak</h2><p>Telepon 0736</p></footer></body></html>`;

const cleanNav = '<li><a href="/berita/">Berita</a></li><li><a href="/layanan/">Layanan</a></li>';
const brokenNav = '<li><a href="/berita/"><span></span></a></li><li><a href="/layanan/">Layanan</a></li>';

/** Pages sharing frames, with violations in the frame of one template, in content, and across the border. */
const pages: Record<string, string> = {
  'berita-1': frame(brokenNav, '<h1>Satu</h1><p>Isi.</p>'),
  'berita-2': frame(brokenNav, '<h1>Dua</h1><input type="text">'),
  'berita-3': frame(brokenNav, '<h1>Tiga</h1><h2>Bagian</h2>'),
  'layanan-1': frame(cleanNav, '<h1>Layanan</h1><img src="/a.png">'),
  'layanan-2': frame(cleanNav, '<h1>Layanan dua</h1><p>Isi.</p>', '<li>Beranda</li><div>Layanan</div>'),
  // Headings out of order only across frame and content: the footer's h2 follows no heading, the content's h4 follows it.
  'layanan-3': frame(cleanNav, '<h1>Tiga</h1><h4>Terlalu dalam</h4>'),
  // An id in the content that the frame already uses, and a content landmark named like the frame's.
  'layanan-4': frame(cleanNav, '<h1>Empat</h1><nav aria-label="Menu utama"><a href="/x/">X</a></nav><p id="isi">Ganda</p>'),
  // A frame button named by an element in the content: present on one page, missing on the other.
  'silang-1': frame('<li><button type="button" aria-labelledby="catatan"></button></li>', '<h1>Ada</h1><p id="catatan">Catatan</p>'),
  'silang-2': frame('<li><button type="button" aria-labelledby="catatan"></button></li>', '<h1>Tidak ada</h1>'),
  // A label in the content for a field in the frame, and the same frame without it.
  'label-1': frame('<li><input id="cari" type="search"></li>', '<h1>Dengan label</h1><label for="cari">Cari</label>'),
  'label-2': frame('<li><input id="cari" type="search"></li>', '<h1>Tanpa label</h1>'),
  // Content outside every landmark, in the frame of one template (a banner after the header).
  'lepas-1': frame(cleanNav, '<h1>Lepas</h1>').replace('</header>', '</header><p>Pengumuman di luar landmark</p>'),
  'lepas-2': frame(cleanNav, '<h1>Lepas dua</h1><p>Isi.</p>').replace('</header>', '</header><p>Pengumuman di luar landmark</p>'),
  // A marked region that is no landmark: checked whole.
  'bukan-landmark': frame(cleanNav, '<h1>Bukan</h1>').replace('<nav aria-label="Jejak" data-page-region>', '<nav aria-label="Jejak"><div data-page-region>x</div>'),
  // A style in the content that hides the frame's broken link: the frame answers differently there.
  'gaya-1': frame(brokenNav, '<h1>Gaya</h1><style>header nav { display: none; }</style>'),
  // No <main>: checked whole.
  'tanpa-main': '<!doctype html><html><head><title></title></head><body><div><img src="/b.png"></div></body></html>',
};

const key = (finding: Finding) => `${finding.rule} | ${finding.target} | ${finding.html}`;

async function findingsBy(method: 'frames' | 'whole-page') {
  const check = createJsdomChecker(method);
  const found: Record<string, string[]> = {};
  for (const [name, html] of Object.entries(pages)) found[name] = (await check(html)).map(key).sort();
  return { found, stats: check.stats };
}

describe('frame and region against the whole page', () => {
  it('finds the same on every page, rule by rule and element by element', async () => {
    const whole = await findingsBy('whole-page');
    const split = await findingsBy('frames');
    expect(split.found).toEqual(whole.found);
  });

  it('finds each planted violation where it was planted', async () => {
    const { found } = await findingsBy('frames');
    const rulesOn = (name: string) => [...new Set(found[name]?.map((line) => line.split(' | ')[0]))].sort();
    for (const name of ['berita-1', 'berita-3']) expect(rulesOn(name)).toEqual(['link-name']);
    expect(rulesOn('berita-2')).toEqual(['label', 'link-name']);
    expect(rulesOn('layanan-1')).toEqual(['image-alt']);
    expect(rulesOn('layanan-2')).toEqual(['list']);
    expect(rulesOn('layanan-3')).toEqual(['heading-order']);
    expect(rulesOn('layanan-4')).toEqual(expect.arrayContaining(['landmark-unique']));
    expect(rulesOn('silang-1')).toEqual([]);
    expect(rulesOn('silang-2')).toEqual(expect.arrayContaining(['button-name']));
    expect(rulesOn('label-1')).toEqual([]);
    expect(rulesOn('label-2')).toEqual(['label']);
    expect(rulesOn('lepas-1')).toEqual(['region']);
    expect(rulesOn('lepas-2')).toEqual(['region']);
    expect(rulesOn('gaya-1')).toEqual([]);
    expect(rulesOn('tanpa-main')).toEqual(expect.arrayContaining(['document-title', 'html-has-lang', 'image-alt', 'landmark-one-main']));
  });

  it('checks each distinct frame once and the page without <main> whole', async () => {
    const { stats } = await findingsBy('frames');
    // berita, layanan (clean nav), silang ×2 (what the frame link finds differs), label ×2, lepas, gaya.
    expect(stats).toEqual({ frames: 8, wholePages: 2 });
  });

  it('finds the same with the frames an earlier build checked, checking none of them again', async () => {
    const whole = await findingsBy('whole-page');
    const earlier = createJsdomChecker('frames');
    for (const html of Object.values(pages)) await earlier(html);
    // The frames broke rules (berita, layanan-4, silang-2, label-2, lepas): those must reach the next build as well.
    expect([...earlier.metFrames.values()].some((broken) => broken.length > 0)).toBe(true);
    const later = createJsdomChecker('frames');
    later.remember(earlier.metFrames);
    const found: Record<string, string[]> = {};
    for (const [name, html] of Object.entries(pages)) found[name] = (await later(html)).map(key).sort();
    expect(found).toEqual(whole.found);
    expect(later.stats).toEqual({ frames: 0, wholePages: 2 });
    expect([...later.metFrames]).toEqual([...earlier.metFrames]);
  });
});

describe('a rule narrowed to the regions', () => {
  it('matches inside a region and the region itself, never in the frame', () => {
    const { document } = new JSDOM(pages['berita-2']!).window;
    const matched = (selector: string) => [...document.querySelectorAll(scopeToRegions(selector, ['head', 'main', '[data-page-region]']))].map((element) => element.localName);
    expect(matched('a[href], input')).toEqual(['input']);
    expect(matched('*').filter((name) => ['main', 'nav', 'header', 'footer', 'h1', 'input', 'title'].includes(name))).toEqual(['title', 'nav', 'main', 'h1', 'input']);
    expect(matched(':is([role="img"], img):not(svg, [alt=""])')).toEqual([]);
  });
});

describe('the frame of a page', () => {
  const split = (html: string) => splitPage(new JSDOM(html).window.document);

  it('is the same for pages that differ only in their content and breadcrumbs', () => {
    expect(split(pages['berita-1']!)?.frameKey).toBe(split(pages['berita-3']!)?.frameKey);
    expect(split(pages['layanan-1']!)?.frameKey).toBe(split(pages['layanan-2']!)?.frameKey);
    expect(split(pages['berita-1']!)?.frameKey).not.toBe(split(pages['layanan-1']!)?.frameKey);
  });

  it('is not cut out of a region wrapped in anything but a bare <div>', () => {
    expect(split('<html><body><div role="presentation"><main><h1>x</h1></main></div></body></html>')).toBeUndefined();
    expect(split('<html><body><div class="wrap"><main><h1>x</h1></main></div></body></html>')).toBeDefined();
    expect(split('<html><body><main><div data-page-region>x</div></main></body></html>')).toBeUndefined();
    expect(split('<html><body><div data-page-region>x</div><main><h1>x</h1></main></body></html>')).toBeUndefined();
    expect(split('<html><body><nav data-page-region role="list">x</nav><main><h1>x</h1></main></body></html>')).toBeUndefined();
  });
});
