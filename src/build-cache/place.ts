/**
 * Where the build keeps what it remembers between builds: one folder,
 * node_modules/.cache/portal/, with one sub-folder per stage. Kept under node_modules/ so
 * hosts and CI that keep node_modules/.cache keep it, and so a fresh install starts clean.
 * node_modules/.astro is Astro's own cache, not this one.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';

export const CACHE_STAGES = ['content-check', 'page-facts', 'accessibility', 'search', 'precompress', 'share-cards', 'editor-bundle'] as const;
export type CacheStage = (typeof CACHE_STAGES)[number];

/** The build cache of the project at `root`. */
export function cacheRoot(root: string): string {
  return join(root, 'node_modules/.cache/portal');
}

/** The folder of one stage's cache. */
export function stageCacheDir(root: string, stage: CacheStage): string {
  return join(cacheRoot(root), stage);
}

/**
 * Where Node keeps the compiled code of the modules the build's workers load (jsdom and axe in
 * the accessibility check), so a rebuild's worker starts in about two thirds of the time.
 * Node names and checks its entries itself (by Node version and source); it is not a stage's
 * cache and has no index.
 */
export function compileCacheDir(root: string): string {
  return join(cacheRoot(root), 'node-compile-cache');
}

/**
 * A stage's folder as its options ask: a folder of their own, false for no cache, or (left
 * out) the stage's folder in the project's build cache.
 */
export function chosenCacheDir(option: string | false | undefined, root: string, stage: CacheStage): string | undefined {
  return option === false ? undefined : (option ?? stageCacheDir(root, stage));
}

/** Where each stage kept its cache before there was one build cache; nothing reads them any more. */
const RETIRED_FOLDERS = [
  'node_modules/.cache/portal-content-check',
  'node_modules/.cache/portal-pages',
  'node_modules/.cache/portal-accessibility',
  'node_modules/.cache/portal-search',
  'node_modules/.cache/portal-precompress',
  'node_modules/.astro/share-cards',
];

/** Removes the retired cache folders of the project at `root`, where they are still there. */
export function removeRetiredCaches(root: string): void {
  for (const folder of RETIRED_FOLDERS) rmSync(join(root, folder), { recursive: true, force: true });
}
