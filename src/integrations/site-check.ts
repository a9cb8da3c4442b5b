/**
 * Checks the finished build before it can be deployed: every internal link, image and anchor
 * resolves, link text says where it leads, nothing inline that the Content-Security-Policy
 * would block. Runs in astro:build:done after the stages that add files (search index,
 * sitemap, share cards): src/integrations/portal/stages.ts declares what it reads.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { pagesForGate, type FinishedPages } from '../build-pages/finished-pages.ts';
import { pagesAmong } from '../build-pages/list-pages.ts';
import { listBuiltFiles } from '../site-check/built-files.ts';
import { checkSite } from '../site-check/check-site.ts';
import { formatSiteReport } from '../site-check/format-site-report.ts';
import { hosting as t } from '../strings/hosting.ts';
import { reportFailure, type BuildVerdict } from './build-verdict.ts';

export interface SiteCheckIntegrationOptions {
  pendingPages?: string[];
  /** The build's shared reading of the finished pages. */
  pages?: FinishedPages;
  /** Where a failure goes so the other checks still run (build-verdict.ts); without it the build stops here. */
  verdict?: BuildVerdict;
}

export function siteCheck(options: SiteCheckIntegrationOptions = {}): AstroIntegration {
  let root = '';
  let siteOrigin = 'http://localhost';
  return {
    name: 'portal:site-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root).replace(/\/$/, '');
        if (config.site) siteOrigin = new URL(config.site).origin;
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        const files = listBuiltFiles(outDir);
        const builtPages = pagesForGate(options.pages, outDir, root, pagesAmong(outDir, files));
        const result = checkSite({ dir: outDir, root, siteOrigin, pendingPages: options.pendingPages ?? [], builtPages, files });
        const errors = result.problems.filter((problem) => problem.severity === 'error');
        if (result.problems.length) logger[errors.length ? 'error' : 'warn'](`\n${formatSiteReport(result.problems)}`);
        if (errors.length) return reportFailure(new AstroError(t.siteCheck.failedTitle(errors.length), t.siteCheck.failedHint), options.verdict);
        logger.info(t.siteCheck.passed(result.pages, result.links, Math.round(performance.now() - started)));
      },
    },
  };
}
