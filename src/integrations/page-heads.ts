/**
 * The built HTML pages with what each <head> says about the page (robots, canonical, last
 * change, share image, title). The sitemap and the share cards are derived from the pages as
 * built, so they cannot list a page that was not built or miss one that was.
 */
import { fileURLToPath } from 'node:url';
import { pagesForGate, type FinishedPages } from '../build-pages/finished-pages.ts';
import type { PageMeta } from '../lib/sitemap/page-meta.ts';

export interface PageHead {
  /** "/berita/x/", "/" or "/404.html". */
  path: string;
  file: string;
  meta: PageMeta;
}

/** `shared`: the build's shared reading of the finished pages; `root`: the project, for the facts cache of a gate used alone. */
export function readPageHeads(dir: URL, shared: FinishedPages | undefined, root: string): PageHead[] {
  const outDir = fileURLToPath(dir).replace(/\/$/, '');
  return pagesForGate(shared, outDir, root).pages.map((page) => ({ path: page.urlPath, file: page.file, meta: page.facts.head }));
}
