/**
 * The HTML pages of a finished build, each with what its <head> says about it. Shared by
 * the build-time jobs that derive outputs from the pages as built (sitemap, share cards).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readPageMeta, type PageMeta } from '../lib/sitemap/page-meta.ts';

export interface BuiltPage {
  /** "/berita/x/", "/" or "/404.html". */
  path: string;
  file: string;
  meta: PageMeta;
}

/** Astro lists every prerendered route; endpoints (feeds, calendars) have no HTML file and are skipped. */
export function readBuiltPages(dir: URL, pages: readonly { pathname: string }[]): BuiltPage[] {
  const root = fileURLToPath(dir);
  const built: BuiltPage[] = [];
  for (const { pathname } of pages) {
    const trimmed = pathname.replace(/^\/+/, '');
    const candidates = [
      { path: `/${trimmed}`, file: join(root, trimmed, 'index.html') },
      { path: `/${trimmed.replace(/\/$/, '')}.html`, file: join(root, `${trimmed.replace(/\/$/, '')}.html`) },
    ];
    const found = candidates.find((candidate) => candidate.file.endsWith('.html') && existsSync(candidate.file));
    if (!found) continue;
    built.push({ ...found, meta: readPageMeta(readFileSync(found.file, 'utf8')) });
  }
  return built.sort((a, b) => a.path.localeCompare(b.path));
}
