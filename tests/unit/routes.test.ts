import { describe, expect, test } from 'vitest';
import { routes } from '../../src/lib/routes.ts';
import { pageCount, pageSlice } from '../../src/lib/paginate.ts';
import { slugify, telHref } from '../../src/lib/text.ts';
import { isCurrentSection } from '../../src/lib/navigation.ts';

describe('addresses', () => {
  test('Indonesian URLs with a trailing slash', () => {
    expect(routes.newsPage(1)).toBe('/berita/');
    expect(routes.newsPage(3)).toBe('/berita/halaman/3/');
    expect(routes.forumsPage(1)).toBe('/forum/');
    expect(routes.forumsPage(2)).toBe('/forum/halaman/2/');
    expect(routes.tag('Keamanan Pangan')).toBe('/berita/topik/keamanan-pangan/');
    expect(routes.tagPage('UMKM', 2)).toBe('/berita/topik/umkm/2/');
    expect(routes.service('sertifikasi')).toBe('/layanan/sertifikasi/');
    expect(routes.forum('fkp-2024')).toBe('/forum/fkp-2024/');
  });

  test('slugs drop accents and punctuation', () => {
    expect(slugify('Sistem, Mekanisme & Prosedur')).toBe('sistem-mekanisme-prosedur');
    expect(slugify('Kafé Sehat!')).toBe('kafe-sehat');
  });

  test('tel: links keep digits and the plus sign', () => {
    expect(telHref('(0736) 123-456')).toBe('tel:0736123456');
    expect(telHref('+62 736 1234')).toBe('tel:+627361234');
  });

  test('navigation marks the current section, the home page only itself', () => {
    expect(isCurrentSection('/berita/', '/berita/topik/umkm/')).toBe(true);
    expect(isCurrentSection('/', '/berita/')).toBe(false);
    expect(isCurrentSection('/', '/')).toBe(true);
  });
});

describe('pagination', () => {
  test('page 1 exists even for no items', () => {
    expect(pageCount(0, 10)).toBe(1);
    expect(pageCount(10, 10)).toBe(1);
    expect(pageCount(11, 10)).toBe(2);
  });

  test('slices pages of a fixed size', () => {
    const items = Array.from({ length: 23 }, (_, index) => index);
    expect(pageSlice(items, 3, 10)).toEqual([20, 21, 22]);
    expect(pageSlice(items, 1, 10)).toHaveLength(10);
  });
});
