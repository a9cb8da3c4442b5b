/** What every built page must have: language, a unique title, a description, one h1. */
import { describe, expect, test } from 'vitest';
import { builtPages } from '../helpers/html.ts';

const pages = builtPages();

describe('every page', () => {
  test('there are pages to check', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  test.each(pages.map((page) => [page.path, page] as const))('%s: lang="id", a title, a description, one h1', (_path, page) => {
    const { document } = page;
    expect(document.documentElement.getAttribute('lang')).toBe('id');
    expect(document.title.trim().length).toBeGreaterThan(5);
    const description = document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    expect(description.trim().length, 'meta description').toBeGreaterThanOrEqual(30);
    expect(document.querySelectorAll('meta[name="description"]')).toHaveLength(1);
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    expect(document.querySelector('h1')?.textContent?.trim()).not.toBe('');
    expect(document.querySelectorAll('main#isi-utama')).toHaveLength(1);
    expect(document.querySelector('a.skip-link')?.getAttribute('href')).toBe('#isi-utama');
  });

  test('no two pages share a title', () => {
    const byTitle = new Map<string, string[]>();
    for (const page of pages) byTitle.set(page.document.title, [...(byTitle.get(page.document.title) ?? []), page.path]);
    const shared = [...byTitle].filter(([, paths]) => paths.length > 1);
    expect(shared).toEqual([]);
  });

  test('no page loads a script or a resource from another site', () => {
    for (const { path, document } of pages) {
      const scripts = [...document.querySelectorAll('script[src]')].map((script) => script.getAttribute('src'));
      const thirdParty = [...document.querySelectorAll(
        // Links that make the browser fetch something; canonical and feed links only name addresses.
        'script[src], link[rel~="stylesheet"], link[rel~="preload"], link[rel~="modulepreload"], link[rel~="icon"], link[rel~="manifest"], img[src], source[srcset], iframe[src]',
      )]
        .map((element) => element.getAttribute('src') ?? element.getAttribute('href') ?? element.getAttribute('srcset') ?? '')
        .filter((url) => /^(https?:)?\/\//.test(url));
      expect({ path, thirdParty }).toEqual({ path, thirdParty: [] });
      // The search page is the one public page that needs JavaScript, served from the site itself.
      const unexpected = path === '/cari/' ? scripts.filter((src) => !src?.startsWith('/_astro/')) : scripts;
      expect({ path, scripts: unexpected }).toEqual({ path, scripts: [] });
    }
  });
});
