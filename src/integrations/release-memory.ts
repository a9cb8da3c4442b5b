/**
 * Hands the memory page generation left behind back to the system, once Pagefind runs, when
 * the two together would come near the build's memory budget.
 *
 * While Astro generates pages its JavaScript heap grows, and V8 keeps the grown heap after
 * the garbage in it is collected. For the rest of the build that memory sits beside Pagefind,
 * which needs about 1.5 GB of its own at 5,000 pages. A last-resort collection compacts the
 * heap and returns the free part: at 5,000 articles Astro's process went from 1.59 GB to
 * 1.18 GB. The collection is not free: it keeps the build's thread and V8's helper threads
 * busy while Pagefind works, and on a rebuild at 500 articles, where Pagefind needs about
 * 0.15 GB and Astro held 1.37 GB, it made the stages after the pages 0.2–0.25 s longer
 * (1.26–1.32 s against 0.97–1.10 s) for no memory the build was short of. So it runs only where
 * it is needed (`worthReleasing`).
 *
 * Scripts may only ask for a collection when Node runs with --expose-gc, as `npm run build`
 * starts Astro (scripts/lib/astro-build-environment.ts); elsewhere this does nothing.
 */

/** What Pagefind's process needs for each document it indexes: 1.47 GB at 5,000 pages (pagefind-cli.ts). */
export const PAGEFIND_BYTES_PER_DOCUMENT = 300_000;

/**
 * Above this, Astro's process and Pagefind together come near the 3 GB the whole build may
 * use (BENCHMARKS.md): the rest goes to the accessibility check's workers and the browser.
 */
export const RELEASE_ABOVE_BYTES = 2.5e9;

/** Whether Astro's process (holding `processBytes`) should hand memory back before Pagefind indexes `documents`. */
export function worthReleasing(documents: number, processBytes: number): boolean {
  return processBytes + documents * PAGEFIND_BYTES_PER_DOCUMENT > RELEASE_ABOVE_BYTES;
}

export function releaseUnusedMemory(): boolean {
  const collect = globalThis.gc;
  if (typeof collect !== 'function') return false;
  collect({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  return true;
}
