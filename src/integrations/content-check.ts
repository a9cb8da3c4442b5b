/**
 * Runs the content check before Astro syncs content, so editors see every problem in one
 * run (Astro itself stops at the first bad entry and lets YAML roll impossible dates over).
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { chosenCacheDir } from '../build-cache/place.ts';
import { checkContent, type EntryRule } from '../content-check/check-content.ts';
import { formatReport } from '../content-check/format-report.ts';
import { hosting as t } from '../strings/hosting.ts';

/**
 * Per-entry results are kept between builds in the build cache (src/build-cache/), or in
 * `cacheDir`, or not at all with `cacheDir: false`, so a rebuild re-validates only changed
 * entries; rules spanning entries still see every entry.
 */
export function contentCheck(options: { rules?: EntryRule[]; cacheDir?: string | false } = {}): AstroIntegration {
  return {
    name: 'portal:content-check',
    hooks: {
      'astro:config:setup': async ({ config, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(config.root).replace(/\/$/, '');
        const { entries, problems } = await checkContent(root, options.rules, { cacheDir: chosenCacheDir(options.cacheDir, root, 'content-check') });
        const errors = problems.filter((problem) => problem.severity === 'error');
        const elapsed = Math.round(performance.now() - started);
        if (problems.length) logger[errors.length ? 'error' : 'warn'](`\n${formatReport(problems)}`);
        if (errors.length) {
          throw new AstroError(t.contentCheck.failedTitle(errors.length), t.contentCheck.failedHint);
        }
        logger.info(t.contentCheck.passed(entries.length, elapsed));
      },
    },
  };
}
