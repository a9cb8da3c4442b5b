import { describe, expect, it } from 'vitest';
import { chosenCandidate, parseSrcset, slotWidth } from '../../src/lib/page-weight/responsive-images.ts';
import { measurePage, oversizedImages } from '../../src/lib/page-weight/measure.ts';
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
