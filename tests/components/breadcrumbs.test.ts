import { describe, expect, test } from 'vitest';
import Breadcrumbs from '../../src/components/Breadcrumbs.astro';
import { render } from '../helpers/render.ts';

describe('Breadcrumbs', () => {
  test('the home page has none', async () => {
    const { html } = await render(Breadcrumbs, { items: [] });
    expect(html.trim()).toBe('');
  });

  test('starts at Beranda and marks the current page without a link', async () => {
    const { root } = await render(Breadcrumbs, {
      items: [{ label: 'Berita', href: '/berita/' }, { label: 'Balai POM Melatih 25 UMKM' }],
    });
    expect(root.querySelector('nav')?.getAttribute('aria-label')).toBe('Lokasi halaman');
    const items = [...root.querySelectorAll('li')];
    expect(items.map((item) => item.textContent)).toEqual(['Beranda', 'Berita', 'Balai POM Melatih 25 UMKM']);
    expect(items.map((item) => item.querySelector('a')?.getAttribute('href') ?? null)).toEqual(['/', '/berita/', null]);
    expect(items.at(-1)?.getAttribute('aria-current')).toBe('page');
    expect(root.querySelectorAll('[aria-current]')).toHaveLength(1);
  });
});
