/** The search index and search page in the build that `npm test` made just before. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/paths.ts';

const htmlPages = (readdirSync(distDir, { recursive: true }) as string[])
  .filter((path) => path.endsWith('.html') && !path.startsWith('pagefind/'))
  .map((path) => ({ path, html: readFileSync(join(distDir, path), 'utf8') }));
const page = (path: string) => htmlPages.find((candidate) => candidate.path === path)?.html ?? '';
const isIndexed = (html: string) => /<main[^>]*\sdata-pagefind-body/.test(html);

describe('search index in the build output', () => {
  const entry = JSON.parse(readFileSync(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { wasm: string; page_count: number }>;
  };

  it('is one Indonesian index, searched with the Indonesian stemmer', () => {
    expect(Object.keys(entry.languages)).toEqual(['id']);
    expect(entry.languages['id']?.wasm).toBe('id');
    expect(existsSync(join(distDir, 'pagefind/wasm.id.pagefind'))).toBe(true);
  });

  it('holds exactly the pages whose main content is marked searchable', () => {
    const marked = htmlPages.filter((candidate) => isIndexed(candidate.html));
    expect(marked.length).toBeGreaterThan(10);
    expect(entry.languages['id']?.page_count).toBe(marked.length);
  });

  it('leaves out the 404 page, the search page and the lists that only repeat their entries', () => {
    for (const path of ['404.html', 'cari/index.html', 'index.html', 'berita/index.html', 'layanan/index.html', 'forum/index.html']) {
      expect(page(path), path).not.toBe('');
      expect(isIndexed(page(path)), path).toBe(false);
    }
  });

  it('indexes only <main>: header, navigation, breadcrumbs and footer are outside it', () => {
    const html = page('profil/index.html');
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    expect(isIndexed(html)).toBe(true);
    expect(main).not.toMatch(/<header|<nav|<footer/);
  });

  it('gives every indexed page exactly one content type, and dated entries a year and date', () => {
    for (const { path, html } of htmlPages.filter((candidate) => isIndexed(candidate.html))) {
      expect(html.match(/data-pagefind-filter="jenis:[a-z]+"/g), path).toHaveLength(1);
      expect(html.match(/data-pagefind-sort="tanggal:\d{4}-\d{2}-\d{2}"/g), path).toHaveLength(1);
    }
    expect(page('layanan/sertifikasi/index.html')).toMatch(/data-pagefind-filter="jenis:layanan".*data-pagefind-filter="tahun:\d{4}".*data-pagefind-meta="tanggal:\d{4}-\d{2}-\d{2}"/);
    expect(page('forum/fkp-standar-pelayanan-2024/index.html')).toContain('data-pagefind-meta="tanggal:2024-06-20"');
    expect(page('profil/index.html')).toContain('data-pagefind-filter="jenis:informasi"');
  });

  it('ships only the engine the search page uses, not Pagefind\'s ready-made interfaces', () => {
    const files = readdirSync(join(distDir, 'pagefind'));
    expect(files).toContain('pagefind.js');
    expect(files.filter((file) => /-ui\.|highlight|wasm\.unknown/.test(file))).toEqual([]);
  });
});

describe('search page and header form', () => {
  it('has the header form on every page: a plain GET to /cari/ with ?q=', () => {
    for (const { path, html } of htmlPages.filter((candidate) => !candidate.path.startsWith('admin/'))) {
      expect(html, path).toMatch(/<form class="site-search" role="search" method="get" action="\/cari\/">.*?name="q"/);
    }
  });

  it('loads its script from the site itself; no other public page loads any script', () => {
    const scripts = [...page('cari/index.html').matchAll(/<script[^>]*src="([^"]+)"/g)].map((match) => match[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      expect(src).toMatch(/^\/_astro\//);
      expect(existsSync(join(distDir, src))).toBe(true);
    }
    // Structured data (application/ld+json) is data, not code.
    const runsCode = (html: string) => /<script(?![^>]*type="application\/ld\+json")[\s>]/.test(html);
    const withScripts = htmlPages.filter(({ path, html }) => path !== 'cari/index.html' && !path.startsWith('admin/') && runsCode(html));
    expect(withScripts.map(({ path }) => path)).toEqual([]);
  });

  it('offers the years of the indexed entries as a filter, newest first', () => {
    const years = [...page('cari/index.html').matchAll(/<option value="(\d{4})">/g)].map((match) => match[1]);
    const indexedYears = new Set(htmlPages.flatMap(({ html }) => [...html.matchAll(/data-pagefind-filter="tahun:(\d{4})"/g)].map((match) => match[1])));
    expect(new Set(years)).toEqual(indexedYears);
    expect(years).toEqual([...years].sort().reverse());
  });
});
