/**
 * Page-weight budget: readers are on cheap phones and slow mobile data, so every public page
 * must stay under a budget of HTML + CSS + JS + fonts as sent compressed, content pages ship
 * no JavaScript, and photos must not be sent much larger than a phone shows them. Any page
 * over budget fails the build, named with its bytes. A report per page type is written for
 * the benchmarks.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pagesForGate, type FinishedPages } from '../build-pages/finished-pages.ts';
import { weighPage, type PageWeight } from '../lib/page-weight/measure.ts';
import { pageType } from '../lib/page-weight/page-types.ts';
import { hosting as t } from '../strings/hosting.ts';
import { reportFailure, type BuildVerdict } from './build-verdict.ts';

export interface PageWeightOptions {
  /** Largest HTML + CSS + JS + fonts per page, compressed, in bytes. */
  budgetBytes?: number;
  /** URL path prefixes where JavaScript is allowed (the search page needs it). */
  scriptAllowed?: string[];
  /** URL path prefixes left out entirely (the CMS is for editors, not readers). */
  excluded?: string[];
  /** Where the per-page report is written, relative to the project root. */
  reportFile?: string;
  /** The build's shared reading of the finished pages. */
  pages?: FinishedPages;
  /** Where a failure goes so the other checks still run (build-verdict.ts); without it the build stops here. */
  verdict?: BuildVerdict;
}

export function pageWeight(options: PageWeightOptions = {}): AstroIntegration {
  const budget = options.budgetBytes ?? 50 * 1024;
  const scriptAllowed = options.scriptAllowed ?? ['/cari/'];
  const excluded = options.excluded ?? ['/admin/'];
  const reportFile = options.reportFile ?? '.cache/page-weight.json';
  let root = '';
  return {
    name: 'portal:page-weight',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        const assets = new Map<string, Buffer | undefined>();
        const readAsset = (urlPath: string) => {
          if (!assets.has(urlPath)) {
            const file = `${outDir}${decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '')}`;
            assets.set(urlPath, existsSync(file) ? readFileSync(file) : undefined);
          }
          return assets.get(urlPath);
        };

        const problems: string[] = [];
        const report: (PageWeight & { urlPath: string; type: string })[] = [];
        const pages = pagesForGate(options.pages, outDir, root).pages.filter((page) => !excluded.some((prefix) => page.urlPath.startsWith(prefix)));
        for (const page of pages) {
          const weight = weighPage(page.facts.weight, readAsset);
          report.push({ ...weight, urlPath: page.urlPath, type: pageType(page.urlPath) });
          if (weight.total > budget) {
            problems.push(t.pageWeight.overBudget(page.urlPath, kb(weight.total), kb(weight.htmlBytes), kb(weight.cssBytes), kb(weight.jsBytes), kb(weight.fontBytes), kb(budget)));
          }
          if (weight.scripts.length && !scriptAllowed.some((prefix) => page.urlPath.startsWith(prefix))) {
            problems.push(t.pageWeight.scriptOnContentPage(page.urlPath, weight.scripts));
          }
          for (const missing of weight.missingAssets) problems.push(t.pageWeight.missingAsset(page.urlPath, missing));
          for (const image of page.facts.oversizedImages) {
            problems.push(t.pageWeight.oversizedImage(page.urlPath, image.src, image.servedWidth, image.shownWidth));
          }
        }

        mkdirSync(dirname(`${root}/${reportFile}`), { recursive: true });
        writeFileSync(`${root}/${reportFile}`, JSON.stringify(report, null, 1));
        const heaviest = report.reduce((max, page) => (page.total > max.total ? page : max), report[0] ?? { total: 0, urlPath: '-' });
        const elapsed = Math.round(performance.now() - started);
        if (problems.length) {
          logger.error(`\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
          return reportFailure(new AstroError(t.pageWeight.failedTitle(problems.length), t.pageWeight.failedHint), options.verdict);
        }
        logger.info(t.pageWeight.passed(pages.length, kb(budget), heaviest.urlPath, kb(heaviest.total), elapsed));
      },
    },
  };
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
