import { describe, expect, it } from 'vitest';
import { searchDocument } from '../../src/lib/search-document.ts';

const attributes = '<span hidden data-pagefind-filter="jenis:berita"></span><span hidden data-pagefind-meta="tanggal:2025-02-10"></span><span hidden data-pagefind-sort="tanggal:2025-02-10"></span>';
const main = `<main id="isi-utama" tabindex="-1" class="container" data-pagefind-body>${attributes}<h1 id="judul">Sertifikasi pangan</h1><div><div>Isi</div></div></main>`;
const page = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Sertifikasi | Balai POM</title><script type="application/ld+json">{"name":"Balai"}</script>${head}</head>`
  + `<body><a href="#isi-utama">Langsung ke isi</a><header><svg><title>Logo</title></svg><nav><a href="/">Beranda</a></nav></header>${body}<footer>Alamat kantor</footer></body></html>`;

describe('searchDocument', () => {
  it('keeps the marked main element whole, with the page language and title, and drops the head, header, navigation and footer', () => {
    expect(searchDocument(page(main))).toBe(`<!doctype html><html lang="id"><head><title>Sertifikasi | Balai POM</title></head><body>${main}</body></html>`);
  });

  it('finds the end of a marked element that holds elements of the same name', () => {
    const marked = '<div data-pagefind-body><div><div>Dalam</div></div><p>Akhir</p></div>';
    const document = searchDocument(page(`${marked}<div>Sesudah</div>`));
    expect(document).toContain(marked);
    expect(document).not.toContain('Sesudah');
  });

  it('leaves out a page with no marked element', () => {
    expect(searchDocument(page('<main id="isi-utama"><h1>Cari</h1></main>'))).toBeUndefined();
    expect(searchDocument(page('<main><p>Atribut data-pagefind-body disebut di teks</p></main>'))).toBeUndefined();
  });

  it('hands over the whole page when Pagefind could read something outside the marked element', () => {
    const metaInHead = page(main, '<meta data-pagefind-meta="image[content]" content="/foto.jpg">');
    expect(searchDocument(metaInHead)).toBe(metaInHead);
    const filterInFooter = page(`${main}<span data-pagefind-filter="kantor:Bengkulu"></span>`);
    expect(searchDocument(filterInFooter)).toBe(filterInFooter);
    const twoMarked = page(`${main}<aside data-pagefind-body>Tambahan</aside>`);
    expect(searchDocument(twoMarked)).toBe(twoMarked);
    const unclosed = page(main.replace('</main>', ''));
    expect(searchDocument(unclosed)).toBe(unclosed);
  });
});
