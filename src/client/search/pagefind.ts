/**
 * Loads Pagefind's search script from the site's own output (/pagefind/pagefind.js, written
 * by the build) and describes the part of its API the search page uses.
 */
import type { PagefindSearchOptions } from '../../lib/search-state.ts';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  search: (query: string | null, options: PagefindSearchOptions) => Promise<PagefindResponse | null>;
}

/** The bundle folder the build writes (see src/integrations/search-index.ts). */
const PAGEFIND_URL = '/pagefind/pagefind.js';

let loading: Promise<Pagefind> | undefined;

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    // A runtime URL, not a module the bundler should resolve: the file only exists after the build.
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    // Searching in the page itself rather than in Pagefind's worker saves the worker's 12 KB
    // download on every first search; WebAssembly still compiles off the main thread.
    await pagefind.options({ excerptLength: 24, noWorker: true });
    return pagefind;
  })();
  // A failed download (a dropped mobile connection) may succeed on the next search.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
