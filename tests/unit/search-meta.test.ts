import { describe, expect, it } from 'vitest';
import { searchAttributes, searchMarkup, UNDATED_SORT_VALUE } from '../../src/lib/search-meta.ts';

describe('searchAttributes', () => {
  it('gives a dated page its type and year as filters and its calendar day as meta and sort key', () => {
    expect(searchAttributes({ type: 'berita', date: '2025-02-10' })).toEqual({
      filters: { jenis: 'berita', tahun: '2025' },
      meta: { jenis: 'berita', tanggal: '2025-02-10' },
      sort: { tanggal: '2025-02-10' },
    });
  });

  it('reduces a forum wall-clock time to its calendar day', () => {
    expect(searchAttributes({ type: 'forum', date: '2026-12-10T09:00' }).meta['tanggal']).toBe('2026-12-10');
  });

  it('gives an undated page no year and a sort value after every date, so it stays in sorted results', () => {
    const attributes = searchAttributes({ type: 'informasi' });
    expect(attributes.filters).toEqual({ jenis: 'informasi' });
    expect(attributes.meta).toEqual({ jenis: 'informasi' });
    expect(attributes.sort).toEqual({ tanggal: UNDATED_SORT_VALUE });
    expect(UNDATED_SORT_VALUE < '1900-01-01').toBe(true);
  });

  it('rejects a date that is not a calendar day, saying which value and what to send', () => {
    expect(() => searchAttributes({ type: 'berita', date: '10 Februari 2025' })).toThrow(/"10 Februari 2025".*YYYY-MM-DD/);
  });
});

describe('searchMarkup', () => {
  it('puts one key:value per empty hidden element, as Pagefind reads one pair per attribute', () => {
    expect(searchMarkup({ type: 'layanan', date: '2024-06-20' })).toBe(
      '<span hidden data-pagefind-filter="jenis:layanan"></span><span hidden data-pagefind-filter="tahun:2024"></span>'
        + '<span hidden data-pagefind-meta="jenis:layanan"></span><span hidden data-pagefind-meta="tanggal:2024-06-20"></span>'
        + '<span hidden data-pagefind-sort="tanggal:2024-06-20"></span>',
    );
  });
});
