/** What a body points at, read as the build reads it, and which documents it publishes. */
import { describe, expect, test } from 'vitest';
import { bodyReferences, bodyTarget, locateBesideEntry, linkedDocuments } from '../../../src/lib/body-files.ts';

const BODY = [
  'Teks [SK penetapan](./sk.pdf "judul") dan ![Grafik batang IKM](./grafik.png).', // 1
  '', // 2
  '[ref]: lampiran/daftar.pdf', // 3
  'Lihat [daftar hadir][ref] dan <a href="./berita-acara.pdf">berita acara</a> <img src="./d.jpg" alt="x">', // 4
  '', // 5
  '<div>', // 6
  "<a href='../lain/e.pdf'>e</a>", // 7
  '</div>', // 8
  '', // 9
  '![](<./foto a.jpg>) ![x][ref] [situs](https://contoh.go.id/a.pdf) [halaman](/layanan/)', // 10
].join('\n');

describe('body references', () => {
  test('images, links by reference and in HTML, with their lines', () => {
    expect(bodyReferences(BODY)).toEqual([
      { kind: 'link', url: './sk.pdf', line: 1 },
      { kind: 'image', url: './grafik.png', alt: 'Grafik batang IKM', line: 1 },
      { kind: 'link', url: 'lampiran/daftar.pdf', line: 4 },
      { kind: 'link', url: './berita-acara.pdf', line: 4 },
      { kind: 'html-image', url: './d.jpg', line: 4 },
      { kind: 'link', url: '../lain/e.pdf', line: 7 },
      { kind: 'image', url: './foto a.jpg', alt: '', line: 10 },
      { kind: 'html-image', url: 'lampiran/daftar.pdf', line: 10 },
      { kind: 'link', url: 'https://contoh.go.id/a.pdf', line: 10 },
      { kind: 'link', url: '/layanan/', line: 10 },
    ]);
  });

  test('a body nested thousands of levels deep is read, not a stack overflow', () => {
    const deep = `${'>'.repeat(10_000)} [SK](./sk.pdf)`;
    expect(() => bodyReferences(deep)).not.toThrow();
  });

  test('code is text: a link or image inside code is not a reference', () => {
    expect(bodyReferences('`[x](./a.pdf)`\n\n```\n![y](./b.png)\n```')).toEqual([]);
  });
});

describe('where an address leads', () => {
  test.each([
    ['./sk.pdf', { kind: 'relative-file', path: './sk.pdf', extension: 'pdf' }],
    ['Lampiran/SK%20Penetapan.PDF#halaman=2', { kind: 'relative-file', path: 'Lampiran/SK Penetapan.PDF', extension: 'pdf' }],
    ['../foto.JPG?v=2', { kind: 'relative-file', path: '../foto.JPG', extension: 'jpg' }],
    ['https://contoh.go.id/sk.pdf', { kind: 'elsewhere' }],
    ['//cdn.example/x.png', { kind: 'elsewhere' }],
    ['data:image/png;base64,AAAA', { kind: 'elsewhere' }],
    ['/layanan/sertifikasi/', { kind: 'site' }],
    ['#persyaratan', { kind: 'site' }],
    ['mailto:pengaduan@contoh.go.id', { kind: 'site' }],
    ['./tentang/', { kind: 'site' }],
  ])('%s', (url, expected) => {
    expect(bodyTarget(url)).toEqual(expected);
  });

  test('a file is inside the entry’s folder or outside it', () => {
    expect(locateBesideEntry('content/services/sertifikasi.mdx', './sk.pdf')).toEqual({ file: 'content/services/sk.pdf', inside: 'sk.pdf' });
    expect(locateBesideEntry('content/news/kabar/index.mdx', 'lampiran/../a.pdf')).toEqual({ file: 'content/news/kabar/a.pdf', inside: 'a.pdf' });
    expect(locateBesideEntry('content/news/kabar/index.mdx', '../lain/a.pdf')).toEqual({ file: 'content/news/lain/a.pdf', inside: undefined });
    expect(locateBesideEntry('content/news/kabar/index.mdx', '../kabar-lain/a.pdf').inside).toBeUndefined();
  });
});

test('the documents a body publishes: allowed types inside its folder, once each', () => {
  const body = `${BODY}\n\n[SK lagi](sk.pdf) [data](./data.xlsx) [foto](./grafik.png)`;
  expect(linkedDocuments(body, 'content/news/kabar/index.mdx', ['pdf'])).toEqual(['berita-acara.pdf', 'lampiran/daftar.pdf', 'sk.pdf']);
});
