import { describe, expect, test } from 'vitest';
import Pagination from '../../src/components/Pagination.astro';
import { routes } from '../../src/lib/routes.ts';
import { render } from '../helpers/render.ts';

describe('Pagination', () => {
  test('renders nothing for a single page', async () => {
    const { html } = await render(Pagination, { current: 1, total: 1, href: routes.newsPage });
    expect(html.trim()).toBe('');
  });

  test('middle page: previous, every page and next, the current one marked', async () => {
    const { root } = await render(Pagination, { current: 2, total: 3, href: routes.newsPage });
    const nav = root.querySelector('nav');
    expect(nav?.getAttribute('aria-label')).toBe('Halaman');
    const links = [...root.querySelectorAll('a')].map((a) => [a.textContent?.replace(/\s+/g, ' ').trim(), a.getAttribute('href'), a.getAttribute('rel')]);
    expect(links).toEqual([
      ['Sebelumnya', '/berita/', 'prev'],
      ['Halaman 1', '/berita/', null],
      ['Halaman 3', '/berita/halaman/3/', null],
      ['Berikutnya', '/berita/halaman/3/', 'next'],
    ]);
    const current = root.querySelector('[aria-current="page"]');
    expect(current?.tagName).toBe('SPAN');
    expect(current?.textContent).toBe('Halaman 2');
  });

  test('first page has no previous link, last page no next link', async () => {
    const first = await render(Pagination, { current: 1, total: 2, href: routes.newsPage });
    expect(first.root.querySelector('[rel="prev"]')).toBeNull();
    expect(first.root.querySelector('[rel="next"]')?.getAttribute('href')).toBe('/berita/halaman/2/');
    const last = await render(Pagination, { current: 2, total: 2, href: routes.newsPage });
    expect(last.root.querySelector('[rel="next"]')).toBeNull();
  });

  test('a long list links a fixed handful of pages around the current one, the rest behind gaps', async () => {
    const { root } = await render(Pagination, { current: 25, total: 480, href: routes.newsPage });
    const items = [...root.querySelectorAll('li')].map((item) => item.textContent?.replace(/\s+/g, ' ').trim());
    expect(items).toEqual([
      'Sebelumnya',
      'Halaman 1',
      '…beberapa halaman dilewati',
      'Halaman 24',
      'Halaman 25',
      'Halaman 26',
      '…beberapa halaman dilewati',
      'Halaman 480',
      'Berikutnya',
    ]);
    expect(root.querySelector('[aria-current="page"]')?.textContent).toBe('Halaman 25');
    // The gap is a mark, not a link or a control.
    expect(root.querySelectorAll('.pagination-gap a, .pagination-gap button')).toHaveLength(0);
    expect(root.querySelector('.pagination-gap [aria-hidden="true"]')?.textContent).toBe('…');
  });
});

