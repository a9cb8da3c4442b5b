/**
 * The accessibility gate: after every build, each HTML page is checked against WCAG 2.2 AA
 * (axe in jsdom for every page, Chromium for one page per route template), and any violation
 * fails the build with the page, rule, element and fix. Accepted findings and switched-off
 * rules live in ./accepted.ts with their reasons.
 *
 * Environment: PORTAL_A11Y_BROWSER=off skips Chromium (said plainly in the log);
 * CHROMIUM_PATH points to another Chromium; in CI (CI set) a missing Chromium fails the build.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chosenCacheDir, compileCacheDir } from '../../build-cache/place.ts';
import { INDEX_FILE } from '../../build-cache/stage-cache.ts';
import type { FinishedPages } from '../../build-pages/finished-pages.ts';
import { hashBuiltPages, type HashedPage } from '../../build-pages/read-pages.ts';
import { reportFailure, type BuildVerdict } from '../build-verdict.ts';
import { SIDE_BY_SIDE_PAGES, checkBuild, pagesToRecheck, type BrowserMode } from './check-build.ts';
import { chromiumAvailable } from './chromium-session.ts';
import { chromiumPath } from '../../lib/chromium.ts';
import { countViolations, formatReport } from './format-report.ts';
import { messages } from './messages.ts';
import { startJsdomWorkers, type StartedWorkers } from './worker-pool.ts';

export interface AccessibilityGateOptions {
  /** Where results are cached by content hash; false turns the cache off. Default: the accessibility folder of the build cache (src/build-cache/). */
  cacheDir?: string | false;
  /** 'auto' runs Chromium when it is installed, 'required' fails without it, 'off' skips it. */
  browser?: BrowserMode;
  /** The build's shared reading of the finished pages (their hashes key the cache); without it the gate hashes the pages itself. */
  pages?: FinishedPages;
  /**
   * Work the two-part gate lets finish before a large run starts, and before Chromium starts on
   * a small one (the search index, which holds about 1.5 GB at 5,000 pages while it works), so
   * the two never hold their memory at the same time.
   */
  before?: (() => Promise<void>) | undefined;
  /**
   * On a small run, Chromium waits for `before` only when the site has more pages than this:
   * below it the index and the browser fit in memory together, and waiting would only make
   * the rebuild longer.
   */
  browserWaitsAbovePages?: number;
  /** Where a failure goes so the other checks still run (build-verdict.ts); without it the build stops here. */
  verdict?: BuildVerdict;
}

/**
 * Pagefind holds about 0.3 MB a page while it works (1.47 GB at 5,000 pages) and Chromium
 * about 0.35 GB; beside Astro's own 1.2 to 1.5 GB, the two together would pass 3 GB from
 * roughly 4,000 pages on. Above 3,000 pages Chromium waits for the index; on smaller sites it
 * runs at once, beside the index, as the memory allows.
 */
export const BROWSER_WAITS_ABOVE_PAGES = 3_000;

function browserModeFromEnvironment(): BrowserMode {
  if (process.env['PORTAL_A11Y_BROWSER'] === 'off') return 'off';
  return process.env['CI'] ? 'required' : 'auto';
}

function cacheDirOf(options: AccessibilityGateOptions, root: string): string | undefined {
  return chosenCacheDir(options.cacheDir, root, 'accessibility');
}

/** Node's compile cache for the workers, kept with the build cache; none when the gate keeps no cache. */
function compileCacheOf(options: AccessibilityGateOptions, root: string): string | undefined {
  return options.cacheDir === false ? undefined : compileCacheDir(root);
}

/**
 * At the start of a rebuild (the gate's cache has an index), one jsdom worker starts loading
 * jsdom and axe while Astro builds, so the few pages an edit changed are checked as soon as
 * they are written instead of after the worker's own start. A first build checks every page
 * and starts its workers then; a rebuild with nothing to check ends the waiting worker.
 */
function workersAheadOfRebuild(options: AccessibilityGateOptions, root: string): StartedWorkers | undefined {
  const cacheDir = cacheDirOf(options, root);
  if (!cacheDir || !existsSync(join(cacheDir, INDEX_FILE))) return undefined;
  return startJsdomWorkers(1, { compileCacheDir: compileCacheOf(options, root) });
}

/**
 * The gate's work for one build: prints the report of any violation and hands the failure to
 * the build's verdict, or rejects with it when there is none. `pages`: the build's pages with
 * their hashes, when the caller has them already.
 */
async function runGate(
  options: AccessibilityGateOptions,
  root: string,
  dir: URL,
  assets: Map<string, URL[]>,
  logger: AstroIntegrationLogger,
  pages?: readonly HashedPage[],
  browserAfter?: () => Promise<void>,
  startedWorkers?: StartedWorkers,
): Promise<void> {
  const started = performance.now();
  const browser = options.browser ?? browserModeFromEnvironment();
  const cacheDir = cacheDirOf(options, root);
  const path = chromiumPath();
  if (browser === 'required' && !chromiumAvailable(path)) {
    throw new AstroError(messages.noBrowser(path), messages.noBrowserInCi);
  }
  const outDir = fileURLToPath(dir);
  const hashed = pages ?? options.pages?.read(outDir).pages;
  const compileCacheDir = compileCacheOf(options, root);
  const result = await checkBuild({ outDir, routeFiles: assets, cacheDir, browser, chromiumPath: path, browserAfter, startedWorkers, compileCacheDir, ...(hashed ? { pages: hashed } : {}) }).finally(() => startedWorkers?.close());
  if (result.browserSkipped === 'missing') logger.warn(messages.noBrowser(path));
  if (result.browserSkipped === 'off') logger.warn(messages.browserSwitchedOff);
  if (result.failing.length) {
    logger.error(`\n${formatReport(result.failing, root)}`);
    return reportFailure(new AstroError(messages.failed(countViolations(result.failing), result.failing.length), messages.failedHint), options.verdict);
  }
  logger.info(messages.pagesChecked(result, Math.round(performance.now() - started)));
}

export function accessibilityGate(options: AccessibilityGateOptions = {}): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'portal:accessibility',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root).replace(/\/$/, '');
      },
      'astro:build:done': ({ dir, assets, logger }) => runGate(options, root, dir, assets, logger),
    },
  };
}

/**
 * The same gate in two parts, for a build that has slow work left after its pages are written
 * (the search index). The first part starts the check; when only a few pages need checking
 * again (a rebuild after an edit), it lets the build go on and the second part, run after
 * that slow work (the 'accessibility' stage of src/integrations/portal/stages.ts), waits for
 * the result and fails the build on a violation. A large run
 * (a cold build, a layout change) first lets `before` finish (the search index) and is waited
 * for in the first part, so the accessibility workers and the search indexer never compete
 * for the same memory and cores; on a small run of a large site, Chromium (when a template's
 * page changed) waits for `before` too, while jsdom checks the pages at once. The pages are
 * final when the first part runs: later integrations add files (cards, index, sitemap) but
 * never change a page, and Chromium opens the search page without a query, so it never reads
 * the index being written.
 */
export interface AccessibilityGateAlongside {
  start: AstroIntegration;
  finish: AstroIntegration;
  /** Resolves once the check `start` began has ended, passed or failed (the failure is reported by `finish`). */
  settled: () => Promise<void>;
}

export function accessibilityGateAlongside(options: AccessibilityGateOptions = {}): AccessibilityGateAlongside {
  let root = process.cwd();
  let pending: { run: Promise<void>; pages: number; startMs: number } | undefined;
  let running: Promise<unknown> | undefined;
  let startedWorkers: StartedWorkers | undefined;
  const start: AstroIntegration = {
    name: 'portal:accessibility',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root).replace(/\/$/, '');
      },
      'astro:build:start': () => {
        void startedWorkers?.close();
        startedWorkers = workersAheadOfRebuild(options, root);
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const started = performance.now();
        pending = undefined;
        running = undefined;
        const workers = startedWorkers;
        startedWorkers = undefined;
        const outDir = fileURLToPath(dir);
        // Listed and hashed once, for the decision here and for the check itself.
        const pages = options.pages?.read(outDir).pages ?? hashBuiltPages(outDir);
        const toCheck = pagesToRecheck({ outDir, cacheDir: cacheDirOf(options, root), pages });
        // Nothing for jsdom to check: the waiting worker goes before the index needs the memory.
        if (toCheck === 0) await workers?.close();
        if (toCheck > SIDE_BY_SIDE_PAGES) {
          await options.before?.();
          return runGate(options, root, dir, assets, logger, pages, undefined, workers);
        }
        // The few pages go to jsdom at once; on a large site Chromium, if a template's page
        // changed, waits for `before`.
        const browserAfter = pages.length > (options.browserWaitsAbovePages ?? BROWSER_WAITS_ABOVE_PAGES) ? options.before : undefined;
        const run = runGate(options, root, dir, assets, logger, pages, browserAfter, workers);
        // Awaited by the second part; marked handled here so a failure is reported there, once.
        run.catch(() => undefined);
        running = run;
        pending = { run, pages: toCheck, startMs: performance.now() - started };
      },
    },
  };
  const finish: AstroIntegration = {
    name: 'portal:accessibility-result',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        const started = performance.now();
        const current = pending;
        pending = undefined;
        if (!current) return;
        await current.run;
        // What the build waited for the gate in all: starting it plus waiting here.
        logger.info(messages.ranAlongside(current.pages, Math.round(current.startMs + performance.now() - started)));
      },
    },
  };
  const settled = async () => {
    await running?.catch(() => undefined);
  };
  return { start, finish, settled };
}
