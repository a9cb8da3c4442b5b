/**
 * Builds the site search index with Pagefind's Node API at the end of every build, so the
 * output always carries an index of exactly the pages that were built.
 *
 * What goes in: the <main data-pagefind-body> of each page (never header, navigation,
 * breadcrumbs or footer), plus the type, year and date each page declares through
 * BaseLayout's `search` prop. Pages without data-pagefind-body (404, the search page, lists)
 * stay out, and /admin/ and the 404 page are left out by path as well, whatever their markup.
 * Every page is indexed in Indonesian, so the Indonesian stemmer applies ("giat" finds
 * "kegiatan").
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { separateBlocks } from '../lib/search-text.ts';

/** Where the index and Pagefind's search script live in the output, as a URL path too. */
export const SEARCH_BUNDLE_DIR = 'pagefind';
export const SEARCH_LANGUAGE = 'id';

/** Output paths never indexed: the CMS and the not-found page. */
const EXCLUDED = [/^admin\//, /^404\.html$/];

/**
 * Pagefind writes its ready-made search interfaces next to every index. The portal's search
 * page has its own, smaller one (src/client/search/), so these would only be dead weight.
 */
const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  // Every page is indexed as Indonesian, so the language-neutral search engine is never loaded.
  'wasm.unknown.pagefind',
];

export interface SearchIndexReport {
  /** Pages whose content went into the index. */
  pages: number;
  milliseconds: number;
  /** Total size of the written bundle folder. */
  bytes: number;
  outputPath: string;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((path) => !path.startsWith(`${SEARCH_BUNDLE_DIR}/`) && !EXCLUDED.some((rule) => rule.test(path)))
    .sort();
}

async function folderSize(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const sizes = await Promise.all(entries.filter((entry) => entry.isFile()).map(async (entry) => (await stat(join(entry.parentPath, entry.name))).size));
  return sizes.reduce((sum, size) => sum + size, 0);
}

/** Pagefind counts only pages it kept (those with data-pagefind-body) in its entry file. */
async function indexedPageCount(outputPath: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

function fail(what: string, errors: string[]): never {
  throw new AstroError(
    `Indeks pencarian gagal dibuat saat ${what}: ${errors.join('; ')}`,
    'Periksa halaman yang disebut di atas (HTML yang rusak atau atribut data-pagefind-* yang salah), perbaiki, lalu bangun ulang situs.',
  );
}

/** Indexes the built site in `siteDir` and writes the bundle to `siteDir/pagefind/`. */
export async function buildSearchIndex(siteDir: string): Promise<SearchIndexReport> {
  const started = performance.now();
  const outputPath = join(siteDir, SEARCH_BUNDLE_DIR);
  await rm(outputPath, { recursive: true, force: true });
  const files = await htmlFiles(siteDir);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
  try {
    if (!index) fail('memulai Pagefind', errors);
    const problems: string[] = [];
    let marked = 0;
    // Files are read here and handed over one by one, so exclusions are decided by path.
    for (const file of files) {
      const html = separateBlocks(await readFile(join(siteDir, file), 'utf8'));
      if (html.includes('data-pagefind-body')) marked += 1;
      const added = await index.addHTMLFile({ sourcePath: file, content: html });
      if (added.errors.length) problems.push(`${file}: ${added.errors.join(', ')}`);
    }
    if (problems.length) fail('membaca halaman', problems);
    // With no marked page Pagefind would index whole pages, navigation and footer included.
    if (marked === 0) {
      fail('membaca halaman', ['tidak ada halaman dengan data-pagefind-body. BaseLayout menandai <main> halaman yang boleh dicari; pastikan halaman memakai BaseLayout tanpa noindex']);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) fail('menulis berkas indeks', written.errors);
  } finally {
    await pagefind.close();
  }
  await Promise.all(UNUSED_BUNDLE_FILES.map((file) => rm(join(outputPath, file), { force: true })));
  const pages = await indexedPageCount(outputPath);
  return { pages, milliseconds: Math.round(performance.now() - started), bytes: await folderSize(outputPath), outputPath };
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'portal:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const report = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`Indeks pencarian: ${report.pages} halaman dalam ${report.milliseconds} ms, ${Math.round(report.bytes / 1024)} KB di /${SEARCH_BUNDLE_DIR}/.`);
      },
    },
  };
}
