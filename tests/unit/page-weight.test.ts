import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { chosenCandidate, parseSrcset, slotWidth } from '../../src/lib/page-weight/responsive-images.ts';
import { oversizedImages as oversizedIn, pageWeightFacts, weighPage, type AssetReader } from '../../src/lib/page-weight/measure.ts';
import { pageType } from '../../src/lib/page-weight/page-types.ts';

describe('slotWidth', () => {
  it('takes the first size whose media condition holds', () => {
    expect(slotWidth('(min-width: 44rem) 42rem, 100vw', 390)).toBe(390);
    expect(slotWidth('(min-width: 44rem) 42rem, 100vw', 1280)).toBe(672);
    expect(slotWidth('(max-width: 600px) 50vw, 300px', 400)).toBe(200);
    expect(slotWidth('(max-width: 600px) 50vw, 300px', 800)).toBe(300);
  });
  it('returns undefined for lengths it cannot read', () => {
    expect(slotWidth('calc(100vw - 2rem)', 390)).toBeUndefined();
  });
});

describe('srcset candidates', () => {
  const candidates = parseSrcset('/b.webp 720w, /a.webp 360w, /c.webp 1080w');
  it('parses and sorts by width', () => {
    expect(candidates.map((candidate) => candidate.width)).toEqual([360, 720, 1080]);
  });
  it('picks the smallest candidate wide enough, else the largest', () => {
    expect(chosenCandidate(candidates, 700)?.url).toBe('/b.webp');
    expect(chosenCandidate(candidates, 2000)?.url).toBe('/c.webp');
  });
});

/** The page read as the build reads it: parsed once, the document shared by every fact. */
const oversizedImages = (html: string) => oversizedIn(parse(html));
const facts = (html: string) => pageWeightFacts(html, parse(html));
const measurePage = (html: string, read: AssetReader) => weighPage(facts(html), read);

describe('oversizedImages', () => {
  it('flags a photo sent far wider than a phone shows it', () => {
    const html = '<img src="/x.jpg" srcset="/x-1600.jpg 1600w" sizes="(min-width: 40rem) 12rem, 50vw" width="1600" height="900" alt="">';
    expect(oversizedImages(html)).toEqual([{ src: '/x.jpg', servedWidth: 1600, shownWidth: 195 }]);
  });
  it('accepts a photo with a width close to what the phone needs', () => {
    const html =
      '<picture><source srcset="/x-360.webp 360w, /x-720.webp 720w, /x-1080.webp 1080w" type="image/webp" sizes="100vw"><img src="/x.jpg" srcset="/x-360.jpg 360w" sizes="100vw" width="1080" height="675" alt=""></picture>';
    expect(oversizedImages(html)).toEqual([]);
  });
  it('reads attributes in any case and without quotes', () => {
    expect(oversizedImages('<IMG SRC=/x.jpg SRCSET="/x-1600.jpg 1600w" SIZES=50vw WIDTH=1600 ALT="">')).toEqual([{ src: '/x.jpg', servedWidth: 1600, shownWidth: 195 }]);
  });
  it('reads an attribute value that holds ">" to its end', () => {
    const html = '<img alt="Umur > 60 tahun" src="/x.jpg" srcset="/x-1600.jpg 1600w" sizes="50vw" width="1600">';
    expect(oversizedImages(html)).toEqual([{ src: '/x.jpg', servedWidth: 1600, shownWidth: 195 }]);
  });
  it('judges an image by the first <source> of its own <picture>, not by a later picture', () => {
    const html =
      '<picture><source srcset="/a-400.webp 400w, /a-800.webp 800w" sizes="100vw"><img src="/a.jpg" width="3000" alt=""></picture>' +
      '<picture><source srcset="/b-3000.webp 3000w" sizes="100vw"><img src="/b.jpg" srcset="/b-400.jpg 400w" sizes="100vw" alt=""></picture>';
    expect(oversizedImages(html)).toEqual([{ src: '/b.jpg', servedWidth: 3000, shownWidth: 390 }]);
  });
  it('leaves out images a reader is not sent: in comments, <noscript>, <template> or attribute text', () => {
    const big = '<img src="/x.jpg" srcset="/x-1600.jpg 1600w" sizes="50vw" width="1600" alt="">';
    const html = `<!-- ${big} --><noscript>${big}</noscript><template>${big}</template><div title='${big}'></div>`;
    expect(oversizedImages(html)).toEqual([]);
  });
});

describe('measurePage', () => {
  const css = Buffer.from(`body{color:#000}@font-face{src:url(/fonts/a.woff2)}`.repeat(20));
  const font = Buffer.alloc(12_000, 1);
  const assets: Record<string, Buffer> = { '/s.css': css, '/fonts/a.woff2': font, '/app.js': Buffer.from('console.log(1)'.repeat(50)) };
  const read = (path: string) => assets[path];

  it('adds compressed HTML, stylesheets and fonts (fonts counted once, uncompressed)', () => {
    const weight = measurePage('<html><head><link rel="stylesheet" href="/s.css"></head><body>Halo</body></html>', read);
    expect(weight.cssBytes).toBeGreaterThan(0);
    expect(weight.cssBytes).toBeLessThan(css.length);
    expect(weight.fontBytes).toBe(12_000);
    expect(weight.total).toBe(weight.htmlBytes + weight.cssBytes + weight.fontBytes);
    expect(weight.scripts).toEqual([]);
  });

  it('lists scripts but not structured data', () => {
    const weight = measurePage('<script type="application/ld+json">{}</script><script type="module" src="/app.js"></script><script>alert(1)</script>', read);
    expect(weight.scripts).toEqual(['/app.js', 'inline']);
    expect(weight.jsBytes).toBeGreaterThan(0);
  });

  it('reports assets that are not in the build', () => {
    expect(measurePage('<link rel="stylesheet" href="/missing.css">', read).missingAssets).toEqual(['/missing.css']);
  });

  it('counts the HTML as sent, compressed', () => {
    const html = `<p>${'Halo '.repeat(2000)}</p>`;
    expect(facts(html).htmlBytes).toBeGreaterThan(0);
    expect(facts(html).htmlBytes).toBeLessThan(html.length / 10);
  });

  it('counts no script a reader is not sent: in a comment, an attribute value, <noscript> or <template>', () => {
    const html =
      '<!-- <script src="/old.js"></script> --><p title="<script src=/attr.js></script>">x</p>' +
      '<noscript><script src="/noscript.js"></script></noscript><template><script src="/template.js"></script></template>';
    expect(facts(html).scripts).toEqual([]);
  });

  it('counts every script but data blocks, whatever the case of the type', () => {
    const html =
      '<script type="application/ld+json">{"a":"</p>"}</script><script type="application/json">[]</script><script type="importmap">{}</script>' +
      '<SCRIPT TYPE="Module" SRC=/app.js></SCRIPT><script type="text/javascript">1</script><script type="speculationrules">{}</script>';
    expect(facts(html).scripts).toEqual(['inline', '/app.js', 'inline', 'inline']);
  });

  it('reads link relations as words and attributes in any case', () => {
    const html = '<LINK REL="Stylesheet" HREF=/a.css><link rel="preload stylesheet" href="/b.css"><link rel="modulepreload" href="/m.js"><link rel="alternate" href="/feed.xml" title="a > b"><link rel="stylesheet" href="https://cdn.example/c.css">';
    expect(facts(html)).toMatchObject({ stylesheets: ['/a.css', '/b.css'], modulePreloads: ['/m.js'] });
  });

  it('does not end a tag at a ">" inside an attribute value', () => {
    const html = '<link title="a > b" rel="stylesheet" href="/s.css"><img alt="x > y" src="/p.jpg"><script data-note="1 > 0" src="/app.js"></script>';
    expect(facts(html)).toMatchObject({ stylesheets: ['/s.css'], scripts: ['/app.js'] });
  });
});

describe('pageType', () => {
  it.each([
    ['/', 'beranda'],
    ['/berita/', 'daftar berita'],
    ['/berita/halaman/2/', 'daftar berita'],
    ['/berita/topik/umkm/', 'topik berita'],
    ['/berita/kegiatan/', 'berita'],
    ['/layanan/', 'daftar layanan'],
    ['/layanan/sertifikasi/', 'standar pelayanan'],
    ['/forum/fkp/', 'forum'],
    ['/forum/halaman/2/', 'daftar forum'],
    ['/profil/', 'halaman'],
  ])('%s is a %s page', (path, type) => {
    expect(pageType(path)).toBe(type);
  });
});
