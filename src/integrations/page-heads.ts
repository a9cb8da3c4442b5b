/**
 * The built HTML pages with what each <head> says about the page (robots, canonical, last
 * change, share image, title). The sitemap and the share cards are derived from the pages as
 * built, so they cannot list a page that was not built or miss one that was.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readPageMeta, type PageMeta } from '../lib/sitemap/page-meta.ts';
import { listBuiltPages } from './built-pages.ts';

export interface PageHead {
  /** "/berita/x/", "/" or "/404.html". */
  path: string;
  file: string;
  meta: PageMeta;
}

export function readPageHeads(dir: URL): PageHead[] {
  const outDir = fileURLToPath(dir).replace(/\/$/, '');
  return listBuiltPages(outDir).map((page) => ({ path: page.urlPath, file: page.file, meta: readPageMeta(readFileSync(page.file, 'utf8')) }));
}
