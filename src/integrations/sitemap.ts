/**
 * Writes sitemap-index.xml and its sitemap files from the pages as built: every page that may
 * be indexed, nothing else (no CMS, no search results, no 404, nothing marked noindex), each
 * with the last-modified date the page itself declares (from its content, never the build
 * time). A public page without a correct canonical address fails the build, listing all.
 *
 * Why the portal writes its sitemap itself rather than with @astrojs/sitemap: it is a stage of
 * the build's graph (src/integrations/portal/stages.ts) that uses the one shared reading of
 * each built page, so whether a page is listed (noindex), its address (canonical) and its
 * lastmod all come from what the page itself declares; and it hands its failure to the build's
 * single verdict, which lists every wrong canonical at once beside the other checks' problems.
 * @astrojs/sitemap's `filter` sees only a URL, and it runs as an integration of its own,
 * outside that verdict.
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
import { reportFailure, type BuildVerdict } from './build-verdict.ts';
import { seo } from '../strings/seo.ts';
import { readPageHeads, type PageHead } from './page-heads.ts';

/** Paths that are never in the sitemap, whatever their pages say. */
const EXCLUDED_PREFIXES = ['/admin/', routes.search];

export function isSitemapCandidate(page: PageHead): boolean {
  if (page.meta.noindex) return false;
  if (page.path.endsWith('.html')) return false; // 404.html and other status pages
  return !EXCLUDED_PREFIXES.some((prefix) => page.path.startsWith(prefix));
}

export interface SitemapOptions {
  /** The build's shared reading of the finished pages. */
  pages?: FinishedPages;
  /** Where a failure goes so the other checks still run (build-verdict.ts); without it the build stops here. */
  verdict?: BuildVerdict;
}

export function sitemap(options: SitemapOptions = {}): AstroIntegration {
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
        // A sitemap with a wrong address is never written; the verdict fails the build.
        if (problems.length) {
          logger.error(problems.join('\n'));
          return reportFailure(new AstroError(seo.sitemap.failed(problems.length), seo.sitemap.failedHint), options.verdict);
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
