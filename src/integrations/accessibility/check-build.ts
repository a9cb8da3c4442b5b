/**
 * The accessibility check of a whole build folder, independent of Astro so it can be
 * benchmarked and tested on its own: axe in jsdom over every HTML page (spread over all
 * cores; each distinct page frame once and every page's own regions, see jsdom-check.ts), the
 * rendered checks in Chromium over one page per route template, both cached by content hash.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codeVersion } from '../../build-cache/code-version.ts';
import { StageCache, entryKey } from '../../build-cache/stage-cache.ts';
import { hashBuiltPages, type HashedPage } from '../../build-pages/read-pages.ts';
import { pagesPerTemplate } from './built-pages.ts';
import { chromiumAvailable, openChromiumSession } from './chromium-session.ts';
import { chromiumPath as defaultChromiumPath } from '../../lib/chromium.ts';
import { renderedChecks } from './rendered-checks.ts';
import { renderingSignature } from './rendering-signature.ts';
import { rulesFingerprint, withoutAccepted } from './rules.ts';
import type { BuiltPage, Finding, PageFindings } from './types.ts';
import { checkInWorkers, type StartedWorkers } from './worker-pool.ts';
import type { CheckMethod, KnownFrame } from './jsdom-check.ts';
import { WHOLE_PAGE_RULES } from './rule-split.ts';

/** Bump for a change to the checks that the files named in the code versions below do not show. */
const CHECKS_VERSION = 4;

/**
 * Up to this many pages to re-check in jsdom, the run counts as small: Chromium runs alongside
 * jsdom instead of before it, and the build may go on while the check runs (index.ts).
 */
export const SIDE_BY_SIDE_PAGES = 50;

export type BrowserMode = 'auto' | 'required' | 'off';

export interface CheckBuildOptions {
  outDir: string;
  /** Astro's route pattern → files map; pages outside it count as their own template. */
  routeFiles?: ReadonlyMap<string, readonly URL[]>;
  /** The accessibility folder of the build cache (src/build-cache/); undefined: no cache. */
  cacheDir?: string | undefined;
  browser?: BrowserMode;
  chromiumPath?: string;
  /** Number of jsdom workers; by default one per core, fewer for a handful of pages. */
  workers?: number | undefined;
  /** The build's pages with their content hashes, when another part of the build has read them already. */
  pages?: readonly HashedPage[];
  /**
   * Work to let finish before Chromium starts on a small run (the search index, which holds
   * about 1.5 GB at 5,000 pages while it works): the browser's few hundred megabytes would
   * otherwise come on top. The jsdom checks do not wait for it.
   */
  browserAfter?: (() => Promise<void>) | undefined;
  /**
   * How jsdom checks a page: 'frames' (each distinct frame once, every page's own regions, the
   * whole-page rules on the whole page) or 'whole-page' (every rule on every element). Both
   * find the same; 'whole-page' is kept for the comparison in tests and the benchmark.
   */
  method?: CheckMethod;
  /** Workers started while Astro was still building (worker-pool.ts); the check takes what it needs and the caller ends the rest. */
  startedWorkers?: StartedWorkers | undefined;
  /** Node's compile cache folder for the workers this check starts itself; undefined: none. */
  compileCacheDir?: string | undefined;
}

export interface CheckBuildResult {
  /** Pages with findings left after accepted.ts, each with its findings. */
  failing: PageFindings[];
  pages: number;
  /** Pages checked again in jsdom because their HTML changed (the rest came from the cache). */
  rechecked: number;
  /** Pages opened in Chromium (one per route template); 0 when the browser checks did not run. */
  browserPages: number;
  /** Of those, the pages opened again because they or their stylesheets changed. */
  browserRechecked: number;
  /** Why the Chromium checks did not run, when they did not. */
  browserSkipped?: 'missing' | 'off';
}

function memoizedReader(): (file: string) => string {
  const seen = new Map<string, string>();
  return (file) => {
    let text = seen.get(file);
    if (text === undefined) {
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        text = '';
      }
      seen.set(file, text);
    }
    return text;
  };
}

/**
 * The two keys of a sample page's Chromium result: the page exactly, and what its rendering
 * rests on (rendering-signature.ts). Both include the stylesheets and scripts it loads. A result
 * with findings is only ever taken by the first, so a page whose words were changed to fix a
 * finding is checked again.
 */
function chromiumKeysOf(version: string, html: string, outDir: string, read: (file: string) => string): { page: string; rendering: string } {
  const { signature, assets } = renderingSignature(html);
  const assetTexts = assets.map((path) => read(join(outDir, path)));
  return { page: entryKey(version, ['page', html, ...assetTexts]), rendering: entryKey(version, ['rendering', signature, ...assetTexts]) };
}

/** A Chromium finding that axe in jsdom already reported for the same element is the same problem. */
function merge(jsdom: Finding[], chromium: Finding[]): Finding[] {
  const seen = new Set(jsdom.map((finding) => `${finding.rule} ${finding.target}`));
  return [...jsdom, ...chromium.filter((finding) => !seen.has(`${finding.rule} ${finding.target}`))];
}

async function checkInChromium(outDir: string, pages: BuiltPage[], executablePath: string): Promise<Finding[][]> {
  if (pages.length === 0) return [];
  const session = await openChromiumSession(outDir, executablePath);
  try {
    const results: Finding[][] = [];
    for (const page of pages) {
      await session.open(page.path);
      results.push(await renderedChecks(session.page, 'rendering'));
    }
    return results;
  } finally {
    await session.close();
  }
}

/**
 * The code behind a cached result, part of its key: the checks' files, axe, the rules in use.
 * The accepted findings are left out: they are applied to cached results, after the cache.
 */
const checkCode = (files: readonly string[], packages: readonly string[], settings: readonly string[]) =>
  codeVersion({ sources: files.map((file) => new URL(file, import.meta.url)), packages, settings: [String(CHECKS_VERSION), rulesFingerprint(), ...settings] });

const chromiumCodeVersion = () => checkCode(['./rendered-checks.ts', './chromium-session.ts', './axe-results.ts', './messages.ts', './rendering-signature.ts'], ['axe-core', 'playwright-core'], []);

/** The jsdom results of the two methods are kept apart, so a comparison never reads one as the other. */
const jsdomCodeVersion = (method: CheckMethod = 'frames') =>
  checkCode(['./jsdom-check.ts', './jsdom-worker.ts', './page-regions.ts', './rule-split.ts', './axe-results.ts'], ['axe-core', 'jsdom'], [method, WHOLE_PAGE_RULES.map(({ rule }) => rule).join(',')]);

const isFindings = (value: unknown): value is Finding[] => Array.isArray(value);

/** A frame's result in the cache: its key (page-regions.ts) and the rules it broke. */
interface CachedFrame {
  frame: string;
  broken: string[];
}

const isCachedFrame = (value: unknown): value is CachedFrame =>
  typeof (value as CachedFrame | null)?.frame === 'string' && Array.isArray((value as CachedFrame).broken) && (value as CachedFrame).broken.every((rule) => typeof rule === 'string');

/**
 * The frames checked by earlier builds, kept in a folder of their own inside the stage's
 * (`frames/`), so that every one of them can be listed for the workers: a rebuild then
 * checks only the changed pages' regions, not their frame again (jsdom-check.ts, `remember`).
 */
function openFrameCache(cacheDir: string | undefined): StageCache<CachedFrame> {
  return StageCache.open(cacheDir === undefined ? undefined : join(cacheDir, 'frames'), isCachedFrame);
}

const frameEntryKey = (version: string, frame: string) => entryKey(version, ['frame', frame]);

/**
 * How many frames are kept. A page whose result comes from the cache is not parsed, so which
 * frames the unchanged pages still have is not known; the most recently met ones are kept
 * instead, far more than a site has (a frame is the page around its main content, which differs
 * only by the menu item a section marks: the sample site's 46 pages have 15), while a changed
 * header or footer leaves its old frames to be pruned. A frame not kept is only
 * checked again when a page has it.
 */
const KEPT_FRAMES = 1_000;

/** The frames stored by checking code of this version, most recently met first, ready for the workers; each is kept for later builds. */
function knownFramesOf(cache: StageCache<CachedFrame>, version: string): KnownFrame[] {
  const current = cache
    .newestFirst()
    .filter(([key, { frame }]) => key === frameEntryKey(version, frame))
    .slice(0, KEPT_FRAMES);
  for (const [key] of current) cache.get(key);
  return current.map(([, { frame, broken }]) => [frame, broken] as const);
}

/** How many pages a check of this build would run through jsdom again (the rest are cached). */
export function pagesToRecheck(options: Pick<CheckBuildOptions, 'outDir' | 'cacheDir' | 'pages' | 'method'>): number {
  const cache = StageCache.open(options.cacheDir, isFindings);
  const version = jsdomCodeVersion(options.method);
  const hashed = options.pages ?? hashBuiltPages(options.outDir);
  return hashed.filter((page) => !cache.has(entryKey(version, [page.hash]))).length;
}

/** Waits for `work` only when Chromium has pages to open; its failure is reported by whoever started it. */
async function chromiumAfter(work: (() => Promise<void>) | undefined, pagesToOpen: number): Promise<void> {
  if (work && pagesToOpen > 0) await work().catch(() => undefined);
}

export async function checkBuild(options: CheckBuildOptions): Promise<CheckBuildResult> {
  const { outDir, cacheDir, browser = 'auto', method = 'frames' } = options;
  const executablePath = options.chromiumPath ?? defaultChromiumPath();
  // jsdom and Chromium results share the stage's cache; their keys differ by the code behind them.
  const cache = StageCache.open(cacheDir, isFindings);
  const jsdomVersion = jsdomCodeVersion(method);
  const chromiumVersion = chromiumCodeVersion();

  // jsdom results are kept by the page's content hash; only pages not seen before are read again.
  const hashed = options.pages ?? hashBuiltPages(outDir);
  const pages: BuiltPage[] = hashed.map((page) => ({ file: page.file, path: page.urlPath }));
  const jsdomHashes = hashed.map((page) => entryKey(jsdomVersion, [page.hash]));
  const jsdomMisses = pages.map((_, index) => index).filter((index) => !cache.get(jsdomHashes[index] ?? ''));
  const jsdomFiles = jsdomMisses.map((index) => pages[index]?.file ?? '');
  const frameCache = openFrameCache(jsdomFiles.length && method === 'frames' ? cacheDir : undefined);
  const inWorkers = async () => {
    const knownFrames = knownFramesOf(frameCache, jsdomVersion);
    const run = await checkInWorkers(jsdomFiles, { workers: options.workers, method, started: options.startedWorkers, compileCacheDir: options.compileCacheDir, knownFrames });
    for (const [frame, broken] of run.metFrames) frameCache.set(frameEntryKey(jsdomVersion, frame), { frame, broken: [...broken] });
    frameCache.save();
    return run.findings;
  };
  // A rebuild checks a few pages: jsdom and Chromium side by side finish soonest, and the
  // workers get their pages before the main thread works out which templates Chromium opens
  // again (on a rebuild it runs beside Pagefind, at a lower priority). A cold build checks
  // thousands: Chromium goes first and is closed before the jsdom workers start, so the build
  // never holds both in memory on top of Astro's own. Side by side is no faster there: at 678
  // pages both together took 23.8 s against 21.3 s in turn, the two cores being busy with the
  // workers either way (BENCHMARKS.md).
  const sideBySide = jsdomFiles.length <= SIDE_BY_SIDE_PAGES;
  const jsdomStarted = sideBySide ? inWorkers() : undefined;
  // Marked handled here; awaited below, where its failure fails the check.
  jsdomStarted?.catch(() => undefined);
  const read = memoizedReader();

  let browserSkipped: CheckBuildResult['browserSkipped'];
  if (browser === 'off') browserSkipped = 'off';
  else if (!chromiumAvailable(executablePath)) browserSkipped = 'missing';
  const templates = browserSkipped ? [] : pagesPerTemplate(pages, options.routeFiles ?? new Map());
  // A template's sample page is opened again when it changed, unless only its words did and
  // the template's last result was clean (rendering-signature.ts).
  const chromiumKeys = new Map(templates.map((page) => [page.file, chromiumKeysOf(chromiumVersion, read(page.file), outDir, read)]));
  const chromiumResultKey = (page: BuiltPage): string | undefined => {
    const keys = chromiumKeys.get(page.file);
    if (!keys) return undefined;
    if (cache.get(keys.page)) return keys.page;
    return cache.get(keys.rendering)?.length === 0 ? keys.rendering : undefined;
  };
  const chromiumMisses = templates.filter((page) => !chromiumResultKey(page));

  const [jsdomFound, chromiumFound] = jsdomStarted
    ? await Promise.all([jsdomStarted, chromiumAfter(options.browserAfter, chromiumMisses.length).then(() => checkInChromium(outDir, chromiumMisses, executablePath))])
    : await checkInChromium(outDir, chromiumMisses, executablePath).then(async (chromium) => [await inWorkers(), chromium] as const);
  jsdomMisses.forEach((index, position) => cache.set(jsdomHashes[index] ?? '', jsdomFound[position] ?? []));
  chromiumMisses.forEach((page, position) => {
    const keys = chromiumKeys.get(page.file);
    for (const key of keys ? [keys.page, keys.rendering] : []) cache.set(key, chromiumFound[position] ?? []);
  });

  const failing: PageFindings[] = [];
  pages.forEach((page, index) => {
    const fromJsdom = cache.get(jsdomHashes[index] ?? '') ?? [];
    const chromiumKey = chromiumResultKey(page);
    const fromChromium = chromiumKey ? (cache.get(chromiumKey) ?? []) : [];
    const findings = withoutAccepted(page.path, merge(fromJsdom, fromChromium));
    if (findings.length) failing.push({ page, findings });
  });
  cache.save();

  return {
    failing,
    pages: pages.length,
    rechecked: jsdomMisses.length,
    browserPages: templates.length,
    browserRechecked: chromiumMisses.length,
    ...(browserSkipped ? { browserSkipped } : {}),
  };
}
