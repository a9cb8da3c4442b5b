/**
 * The search index as the build runs it: two Astro integrations, the two parts of the
 * 'search-index' stage of src/integrations/portal/stages.ts, around the stages that run while
 * Pagefind works (see `searchIndexAlongside`). The index itself is search-index.ts.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { stageCacheDir } from '../build-cache/place.ts';
import { lowerThreadPriority } from '../lib/thread-priority.ts';
import { releaseUnusedMemory, worthReleasing } from './release-memory.ts';
import { buildSearchIndex, SEARCH_BUNDLE_DIR, type SearchIndexReport } from './search-index.ts';
import { messages } from './search-index-messages.ts';

/**
 * How far the build steps back for Pagefind (see `stepBackForIndexer`): niceness 10 gives
 * Pagefind about ten times the build's share of a busy core.
 */
export const STEP_BACK = 10;

/**
 * Lowers the priority of the build's own thread, and with it of the workers and the browser
 * the accessibility check starts after it. On a rebuild the index is the longest part left and
 * the gates beside it have time to spare, so Pagefind should get the cores first: at 5,000
 * articles a rebuild after one changed article ends about 3 s sooner. A process may lower its
 * priority but not raise it again, so it stays lower for the rest of the build, which only
 * waits for the index and checks the result.
 */
export function stepBackForIndexer(): void {
  lowerThreadPriority(STEP_BACK);
}

export interface SearchIndexAlongsideOptions {
  /** Lower the build's priority once Pagefind runs (the portal's build); off where the index is built inside a test run. */
  stepBack?: boolean;
  /** Hand memory back to the system once Pagefind runs, where Node allows it and the index is large enough to need it (see release-memory.ts). */
  releaseMemory?: boolean;
}

export interface SearchIndexAlongside {
  start: AstroIntegration;
  finish: AstroIntegration;
  /** Resolves once the index started by `start` is written or has failed (the failure is reported by `finish`). */
  settled: () => Promise<void>;
}

/**
 * The index in two parts. Pagefind is a process of its own that keeps about one core busy
 * for most of its run, so the first part reads the pages, starts Pagefind and lets the build
 * go on, once Pagefind is running, with the gates that only read pages (sitemap, share cards,
 * page weight, accessibility); the second part, run at the end of those stages' group and
 * before anything that lists every output file (site check, security headers,
 * precompression), waits for it and fails the
 * build if it failed. The pages are final when the first part runs: later integrations add
 * files (cards, sitemap) but never an HTML page, and Pagefind writes only under /pagefind/
 * (a first index into a temporary folder beside it, renamed into place when whole).
 */
export function searchIndexAlongside(options: SearchIndexAlongsideOptions = {}): SearchIndexAlongside {
  let cacheDir: string | undefined;
  let pending: Promise<SearchIndexReport> | undefined;
  const settled = async () => {
    await pending?.catch(() => undefined);
  };
  const start: AstroIntegration = {
    name: 'portal:search-index-start',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = stageCacheDir(fileURLToPath(config.root), 'search');
      },
      'astro:build:done': async ({ dir }) => {
        const indexer = Promise.withResolvers<void>();
        const onIndexerStarted = (documents: number) => {
          if (options.stepBack) stepBackForIndexer();
          if (options.releaseMemory && worthReleasing(documents, process.memoryUsage.rss())) releaseUnusedMemory();
          indexer.resolve();
        };
        pending = buildSearchIndex(fileURLToPath(dir), { cacheDir, onIndexerStarted });
        // The build goes on once Pagefind is running (or the index was reused, or failed): the
        // pages are read before the next gate takes the thread, and Pagefind works meanwhile.
        // A failure is marked handled here and reported by the second part, once.
        await Promise.race([indexer.promise, settled()]);
      },
    },
  };
  const finish: AstroIntegration = {
    name: 'portal:search-index',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        const waitStarted = performance.now();
        const current = pending;
        pending = undefined;
        if (!current) throw new AstroError(messages.notStarted, messages.notStartedHint);
        const report = await current;
        logger.info(messages.written(report.pages, report.milliseconds, report.reused, Math.round(report.bytes / 1024), SEARCH_BUNDLE_DIR));
        logger.fork('portal:search-index-wait').info(messages.waited(Math.round(performance.now() - waitStarted)));
      },
    },
  };
  return { start, finish, settled };
}
