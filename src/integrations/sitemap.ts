/**
 * Writes sitemap-index.xml and its sitemap files from the pages as built: every page that may
 * be indexed, nothing else (no CMS, no search results, no 404, nothing marked noindex), each
 * with the last-modified date the page itself declares (from its content, never the build
 * time). A public page without a correct canonical address stops the build, listing all.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { feedRoutes } from '../lib/feed-routes.ts';
import { routes } from '../lib/routes.ts';
import { absoluteUrl } from '../lib/site-url.ts';
import { chunk, sitemapIndexXml, SITEMAP_FILE_LIMIT, urlSetXml, type SitemapEntry } from '../lib/sitemap/sitemap-xml.ts';
import type { FinishedPages } from '../build-pages/finished-pages.ts';
import { seo } from '../strings/seo.ts';
import { readPageHeads, type PageHead } from './page-heads.ts';

/** Paths that are never in the sitemap, whatever their pages say. */
const EXCLUDED_PREFIXES = ['/admin/', routes.search];

export function isSitemapCandidate(page: PageHead): boolean {
  if (page.meta.noindex) return false;
  if (page.path.endsWith('.html')) return false; // 404.html and other status pages
  return !EXCLUDED_PREFIXES.some((prefix) => page.path.startsWith(prefix));
}

/** `options.pages`: the build's shared reading of the finished pages. */
export function sitemap(options: { pages?: FinishedPages } = {}): AstroIntegration {
  let site: URL | undefined;
  let projectRoot = process.cwd();
  return {
    name: 'portal:sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        projectRoot = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        if (!site) {
          throw new AstroError(seo.sitemap.noSiteUrl, seo.sitemap.noSiteUrlHint);
        }
        const candidates = readPageHeads(dir, options.pages, projectRoot).filter(isSitemapCandidate);
        const problems: string[] = [];
        const entries: SitemapEntry[] = [];
        for (const page of candidates) {
          const expected = absoluteUrl(page.path, site);
          if (page.meta.canonical !== expected) {
            problems.push(seo.sitemap.wrongCanonical(page.path, page.meta.canonical, expected));
            continue;
          }
          entries.push({ url: expected, lastModified: page.meta.lastModified });
        }
        if (problems.length) {
          logger.error(problems.join('\n'));
          throw new AstroError(seo.sitemap.failed(problems.length), seo.sitemap.failedHint);
        }
        const root = fileURLToPath(dir);
        const files = chunk(entries, SITEMAP_FILE_LIMIT).map((part, index) => ({ url: absoluteUrl(feedRoutes.sitemapFile(index), site!), entries: part, index }));
        for (const file of files) writeFileSync(`${root}${feedRoutes.sitemapFile(file.index).slice(1)}`, urlSetXml(file.entries));
        writeFileSync(`${root}${feedRoutes.sitemapIndex.slice(1)}`, sitemapIndexXml(files));
        const dated = entries.filter((entry) => entry.lastModified).length;
        logger.info(seo.sitemap.written(entries.length, dated, files.length, Math.round(performance.now() - started)));
      },
    },
  };
}
