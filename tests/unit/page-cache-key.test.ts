import { describe, expect, test } from 'vitest';
import { pageCacheKey } from '../../src/lib/page-cache-key.ts';

const article = { id: 'berita-a', data: { title: 'Judul', date: '2026-01-05', tags: ['Pangan'] }, body: 'Isi berita.' };

describe('the incremental-build key of a page', () => {
  test('is the same for the same data', () => {
    expect(pageCacheKey([{ name: 'Balai' }, article])).toBe(pageCacheKey([{ name: 'Balai' }, structuredClone(article)]));
  });

  test('changes when the body, a field, the settings or the date change', () => {
    const key = pageCacheKey([{ name: 'Balai' }, '2026-01-05', article]);
    expect(pageCacheKey([{ name: 'Balai' }, '2026-01-05', { ...article, body: 'Isi berita yang diperbaiki.' }])).not.toBe(key);
    expect(pageCacheKey([{ name: 'Balai' }, '2026-01-05', { ...article, data: { ...article.data, tags: ['Obat'] } }])).not.toBe(key);
    expect(pageCacheKey([{ name: 'Balai POM' }, '2026-01-05', article])).not.toBe(key);
    expect(pageCacheKey([{ name: 'Balai' }, '2026-02-01', article])).not.toBe(key);
  });
});
