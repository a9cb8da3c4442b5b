/**
 * When Chromium opens a template's sample page again: its rendering signature changes with
 * markup, styles and assets, not with words; and a check of a whole build (real Chromium)
 * reuses a clean result for a page whose words changed, but never a result with findings.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBuild } from '../../src/integrations/accessibility/check-build.ts';
import { renderingSignature } from '../../src/integrations/accessibility/rendering-signature.ts';

const page = (title: string, body: string, head = '<link rel="stylesheet" href="/_astro/situs.css">') =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><meta name="description" content="${title}">${head}</head><body><header class="kop"><a href="/">Beranda</a></header><main><h1 id="${title}">${title}</h1>${body}</main></body></html>`;

const signatureOf = (html: string) => renderingSignature(html).signature;

describe('rendering signature', () => {
  const article = page('Berita satu', '<p>Paragraf pertama.</p><p>Paragraf kedua.</p>');

  it('stays the same when only words, addresses and paragraphs of a kind already there change', () => {
    expect(signatureOf(page('Judul lain sama sekali', '<p>Kata-kata lain.</p><p>Dua.</p><p>Tiga paragraf sekarang.</p>'))).toBe(signatureOf(article));
  });

  it('changes with a new kind of element, a class, an inline style or an inline script', () => {
    const base = signatureOf(article);
    expect(signatureOf(page('Berita satu', '<p>Paragraf <a href="/x/">bertaut</a>.</p>'))).not.toBe(base);
    expect(signatureOf(page('Berita satu', '<p>Satu.</p><table><tr><td>1</td></tr></table>'))).not.toBe(base);
    expect(signatureOf(page('Berita satu', '<p class="samar">Paragraf pertama.</p>'))).not.toBe(base);
    expect(signatureOf(page('Berita satu', '<p>Paragraf.</p>', '<link rel="stylesheet" href="/_astro/situs.css"><style>p{color:#eee}</style>'))).not.toBe(base);
    expect(signatureOf(page('Berita satu', '<p>Paragraf.</p>', '<link rel="stylesheet" href="/_astro/situs.css"><script>document.body.className="x"</script>'))).not.toBe(base);
  });

  it('ignores the words of a data block but not its presence', () => {
    const withData = (text: string) => page('Berita satu', '<p>Paragraf.</p>', `<script type="application/ld+json">${text}</script>`);
    expect(signatureOf(withData('{"headline":"Satu"}'))).toBe(signatureOf(withData('{"headline":"Dua"}')));
  });

  it('lists the stylesheets and scripts the page loads from the site, not data or other sites', () => {
    const head = '<link rel="stylesheet" href="/_astro/a.css?v=1"><link rel="icon" href="/favicon.svg"><script type="module" src="/_astro/b.js"></script><script type="application/json" src="/data.json"></script><link rel="stylesheet" href="https://example.com/c.css">';
    expect(renderingSignature(page('Satu', '<p>Isi.</p>', head)).assets).toEqual(['/_astro/a.css', '/_astro/b.js']);
  });
});

describe('Chromium results by rendering signature', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'portal-a11y-signature-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const out = join(scratch, 'dist');
  const cacheDir = join(scratch, 'cache');
  const css = 'body{font:16px/1.5 sans-serif;color:#111;background:#fff;margin:0 1rem}a{color:#0645ad}a:focus-visible{outline:3px solid #000}';

  function writeSite(articleBody: string): Map<string, URL[]> {
    mkdirSync(join(out, '_astro'), { recursive: true });
    writeFileSync(join(out, '_astro', 'situs.css'), css);
    const files: URL[] = [];
    for (const slug of ['a', 'b']) {
      mkdirSync(join(out, 'berita', slug), { recursive: true });
      const file = join(out, 'berita', slug, 'index.html');
      writeFileSync(file, page(`Berita ${slug}`, slug === 'a' ? articleBody : '<p>Isi lain.</p>'));
      files.push(pathToFileURL(file));
    }
    return new Map([['/berita/[slug]', files]]);
  }

  const check = (routeFiles: Map<string, URL[]>) => checkBuild({ outDir: out, routeFiles, cacheDir, browser: 'required' });
  const browserFindings = (result: Awaited<ReturnType<typeof check>>) => result.failing.flatMap(({ findings }) => findings.filter((finding) => finding.engine === 'chromium').map((finding) => finding.rule));

  it('opens the sample page again only when its markup changed, or when its last result had findings', async () => {
    const first = await check(writeSite('<p>Paragraf pertama.</p>'));
    expect(first).toMatchObject({ browserPages: 1, browserRechecked: 1, failing: [] });

    // New words and another paragraph: jsdom checks the page again, Chromium's clean result stands.
    const words = await check(writeSite('<p>Paragraf pertama, diubah.</p><p>Paragraf tambahan.</p>'));
    expect(words).toMatchObject({ rechecked: 1, browserRechecked: 0, failing: [] });

    // A link inside a paragraph is a new kind of element: Chromium looks again.
    const link = await check(writeSite('<p>Paragraf dengan <a href="/berita/b/">tautan</a>.</p>'));
    expect(link.browserRechecked).toBe(1);

    // A table, a new kind of element, made too wide for a 320 px screen by one long word: a
    // finding only Chromium sees.
    const wide = await check(writeSite(`<table><tr><td>${'a'.repeat(120)}</td></tr></table>`));
    expect(wide.browserRechecked).toBe(1);
    expect(browserFindings(wide)).toContain('reflow-320');

    // The same markup with shorter words: the earlier result had findings, so it is not taken.
    const fixed = await check(writeSite('<table><tr><td>kata pendek</td></tr></table>'));
    expect(fixed.browserRechecked).toBe(1);
    expect(browserFindings(fixed)).toEqual([]);

    // A long word in a paragraph widens no element's box, yet the page scrolls sideways: the paragraph is named.
    const word = await check(writeSite(`<p class="lebar">${'a'.repeat(120)}</p>`));
    expect(word.failing.flatMap(({ findings }) => findings.filter((finding) => finding.rule === 'reflow-320').map((finding) => finding.target))).toEqual(['p.lebar']);
  }, 120_000);
});
