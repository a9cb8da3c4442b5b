/**
 * The search page's state lives in its URL (?q=…&jenis=…&tahun=…&urut=…), so the header
 * form, shared links and the back button all land on the same results. These functions
 * read and write that URL and turn it into Pagefind search options.
 */
import { isSearchType, SEARCH_KEYS, type SearchType } from './search-meta.ts';

export const SEARCH_PARAMS = { query: 'q', type: 'jenis', year: 'tahun', sort: 'urut' } as const;

/** The URL value of the "newest first" sort; relevance is the default and has none. */
export const SORT_NEWEST = 'terbaru';

/**
 * Results come five at a time, as in Pagefind's own interface: each shown result costs one
 * download of its excerpt, which counts on slow mobile data.
 */
export const SEARCH_PAGE_SIZE = 5;

/** Longer input is cut: nobody types more, and Pagefind's work grows with every word. */
const MAX_QUERY_LENGTH = 200;

export interface SearchState {
  query: string;
  type: SearchType | '';
  year: string;
  sort: 'relevance' | 'newest';
}

export const EMPTY_SEARCH: SearchState = { query: '', type: '', year: '', sort: 'relevance' };

export interface PagefindSearchOptions {
  filters: Record<string, string>;
  sort: Record<string, 'asc' | 'desc'>;
}

/** Reads a state from URL parameters; unknown or malformed values fall back to "all". */
export function readSearchState(params: URLSearchParams): SearchState {
  const query = (params.get(SEARCH_PARAMS.query) ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  const type = params.get(SEARCH_PARAMS.type) ?? '';
  const year = params.get(SEARCH_PARAMS.year) ?? '';
  return {
    query,
    type: isSearchType(type) ? type : '',
    year: /^\d{4}$/.test(year) ? year : '',
    sort: params.get(SEARCH_PARAMS.sort) === SORT_NEWEST ? 'newest' : 'relevance',
  };
}

/** "?q=impor&jenis=berita", leaving out defaults so shared links stay short. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set(SEARCH_PARAMS.query, state.query);
  if (state.type) params.set(SEARCH_PARAMS.type, state.type);
  if (state.year) params.set(SEARCH_PARAMS.year, state.year);
  if (state.sort === 'newest') params.set(SEARCH_PARAMS.sort, SORT_NEWEST);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function hasFilters(state: SearchState): boolean {
  return state.type !== '' || state.year !== '';
}

/** A search runs for a query, or for filters alone ("all forums of 2024"). */
export function hasCriteria(state: SearchState): boolean {
  return state.query !== '' || hasFilters(state);
}

export function pagefindOptions(state: SearchState): PagefindSearchOptions {
  const filters: Record<string, string> = {};
  if (state.type) filters[SEARCH_KEYS.type] = state.type;
  if (state.year) filters[SEARCH_KEYS.year] = state.year;
  // Without words there is no relevance to rank by, so filter-only lists run newest first.
  const newest = state.sort === 'newest' || state.query === '';
  return { filters, sort: newest ? { [SEARCH_KEYS.date]: 'desc' } : {} };
}

export function sameSearch(a: SearchState, b: SearchState): boolean {
  return searchQueryString(a) === searchQueryString(b);
}
