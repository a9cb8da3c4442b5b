/**
 * The accessibility gate: after every build, each HTML page is checked against WCAG 2.2 AA
 * (axe in jsdom for every page, Chromium for one page per route template), and any violation
 * fails the build with the page, rule, element and fix. Accepted findings and switched-off
 * rules live in ./accepted.ts with their reasons.
 *
 * Environment: PORTAL_A11Y_BROWSER=off skips Chromium (said plainly in the log);
 * CHROMIUM_PATH points to another Chromium; in CI (CI set) a missing Chromium fails the build.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FinishedPages } from '../../build-pages/finished-pages.ts';
import { checkBuild, type BrowserMode } from './check-build.ts';
import { chromiumAvailable } from './chromium-session.ts';
import { chromiumPath } from '../../lib/chromium.ts';
import { countViolations, formatReport } from './format-report.ts';
import { messages } from './messages.ts';

export interface AccessibilityGateOptions {
  /** Where results are cached by content hash; false turns the cache off. Default: node_modules/.cache/portal-accessibility. */
  cacheDir?: string | false;
  /** 'auto' runs Chromium when it is installed, 'required' fails without it, 'off' skips it. */
  browser?: BrowserMode;
  /** The build's shared reading of the finished pages (their hashes key the cache); without it the gate hashes the pages itself. */
  pages?: FinishedPages;
}

function browserModeFromEnvironment(): BrowserMode {
  if (process.env['PORTAL_A11Y_BROWSER'] === 'off') return 'off';
  return process.env['CI'] ? 'required' : 'auto';
}

export function accessibilityGate(options: AccessibilityGateOptions = {}): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'portal:accessibility',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root).replace(/\/$/, '');
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const started = performance.now();
        const browser = options.browser ?? browserModeFromEnvironment();
        const cacheDir = options.cacheDir === false ? undefined : (options.cacheDir ?? join(root, 'node_modules/.cache/portal-accessibility'));
        const path = chromiumPath();
        if (browser === 'required' && !chromiumAvailable(path)) {
          throw new AstroError(messages.noBrowser(path), messages.noBrowserInCi);
        }
        const outDir = fileURLToPath(dir);
        const pages = options.pages?.read(outDir).pages;
        const result = await checkBuild({ outDir, routeFiles: assets, cacheDir, browser, chromiumPath: path, ...(pages ? { pages } : {}) });
        if (result.browserSkipped === 'missing') logger.warn(messages.noBrowser(path));
        if (result.browserSkipped === 'off') logger.warn(messages.browserSwitchedOff);
        if (result.failing.length) {
          logger.error(`\n${formatReport(result.failing, root)}`);
          throw new AstroError(messages.failed(countViolations(result.failing), result.failing.length), messages.failedHint);
        }
        logger.info(messages.pagesChecked(result, Math.round(performance.now() - started)));
      },
    },
  };
}
