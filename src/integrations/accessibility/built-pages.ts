/** Finds every HTML page a build wrote, and one page of each route template for the browser checks. */
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listBuiltPages as listPages } from '../../build-pages/list-pages.ts';
import type { BuiltPage } from './types.ts';

/** The URL path a reader opens for a file: "a/index.html" is "/a/", "404.html" stays "/404.html". */
export function pathOfFile(outDir: string, file: string): string {
  const path = `/${relative(outDir, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Every .html file under the build folder, in a stable order. */
export function listBuiltPages(outDir: string): BuiltPage[] {
  return listPages(outDir).map((page) => ({ file: page.file, path: page.urlPath }));
}

/**
 * One page per route template, from Astro's map of route pattern to the files it wrote
 * (`assets` in astro:build:done). The first file of each route stands for the template.
 * HTML files that no route claims (written by another integration) each count as their own
 * template.
 */
export function pagesPerTemplate(pages: readonly BuiltPage[], routeFiles: ReadonlyMap<string, readonly URL[]>): BuiltPage[] {
  const byFile = new Map(pages.map((page) => [page.file, page]));
  const chosen: BuiltPage[] = [];
  const claimed = new Set<string>();
  for (const files of routeFiles.values()) {
    const htmlFiles = files.map((url) => fileURLToPath(url)).filter((file) => byFile.has(file));
    for (const file of htmlFiles) claimed.add(file);
    const first = htmlFiles.sort()[0];
    if (first) chosen.push(byFile.get(first) as BuiltPage);
  }
  for (const page of pages) if (!claimed.has(page.file)) chosen.push(page);
  return chosen.sort((a, b) => a.path.localeCompare(b.path));
}
