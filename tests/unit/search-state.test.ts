import { describe, expect, it } from 'vitest';
import { EMPTY_SEARCH, hasCriteria, pagefindOptions, readSearchState, sameSearch, searchQueryString } from '../../src/lib/search-state.ts';

const read = (query: string) => readSearchState(new URLSearchParams(query));

describe('readSearchState', () => {
  it('reads query, type, year and sort from the URL', () => {
    expect(read('q=impor&jenis=forum&tahun=2024&urut=terbaru')).toEqual({ query: 'impor', type: 'forum', year: '2024', sort: 'newest' });
  });

  it('tidies the query: collapses spaces and trims', () => {
    expect(read('q=%20%20surat%20%20%20keterangan%20').query).toBe('surat keterangan');
  });

  it('falls back to "all" for unknown types, malformed years and unknown sorts', () => {
    expect(read('q=x&jenis=rahasia&tahun=20x4&urut=acak')).toEqual({ query: 'x', type: '', year: '', sort: 'relevance' });
  });

  it('cuts an overlong query', () => {
    expect(read(`q=${'a'.repeat(500)}`).query).toHaveLength(200);
  });
});

describe('searchQueryString', () => {
  it('leaves defaults out and round-trips through readSearchState', () => {
    const state = { query: 'forum konsultasi', type: 'forum', year: '2022', sort: 'newest' } as const;
    const text = searchQueryString(state);
    expect(text).toBe('?q=forum+konsultasi&jenis=forum&tahun=2022&urut=terbaru');
    expect(read(text.slice(1))).toEqual(state);
    expect(searchQueryString(EMPTY_SEARCH)).toBe('');
  });

  it('treats two states with the same URL as the same search', () => {
    expect(sameSearch(read('q=impor'), read('q=%20impor&urut=relevansi'))).toBe(true);
    expect(sameSearch(read('q=impor'), read('q=ekspor'))).toBe(false);
  });
});

describe('pagefindOptions', () => {
  it('turns filters into Pagefind filters and ranks by relevance by default', () => {
    expect(pagefindOptions(read('q=impor&jenis=berita&tahun=2025'))).toEqual({ filters: { jenis: 'berita', tahun: '2025' }, sort: {} });
  });

  it('sorts newest first on request', () => {
    expect(pagefindOptions(read('q=impor&urut=terbaru')).sort).toEqual({ tanggal: 'desc' });
  });

  it('lists newest first when there are filters but no words to rank by', () => {
    expect(pagefindOptions(read('jenis=forum'))).toEqual({ filters: { jenis: 'forum' }, sort: { tanggal: 'desc' } });
  });
});

describe('hasCriteria', () => {
  it('needs words or a filter', () => {
    expect(hasCriteria(EMPTY_SEARCH)).toBe(false);
    expect(hasCriteria(read('urut=terbaru'))).toBe(false);
    expect(hasCriteria(read('tahun=2024'))).toBe(true);
    expect(hasCriteria(read('q=uji'))).toBe(true);
  });
});
