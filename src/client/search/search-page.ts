/**
 * The search page's behaviour. The URL is the state: a submitted form becomes a new history
 * entry (?q=…&jenis=…), and the back button brings the previous search back into the form
 * and the results. The count is announced through a status region whenever it changes.
 */
import {
  EMPTY_SEARCH,
  hasCriteria,
  hasFilters,
  pagefindOptions,
  readSearchState,
  sameSearch,
  searchQueryString,
  SEARCH_PAGE_SIZE as PAGE_SIZE,
  SORT_NEWEST,
  type SearchState,
} from '../../lib/search-state.ts';
import { search as s } from '../../strings/search.ts';
import { loadPagefind, type PagefindResult } from './pagefind.ts';
import { resultItem } from './render.ts';

interface Elements {
  root: HTMLElement;
  fallback: HTMLElement;
  fallbackHeading: HTMLElement;
  fallbackText: HTMLElement;
  ui: HTMLElement;
  form: HTMLFormElement;
  query: HTMLInputElement;
  type: HTMLSelectElement;
  year: HTMLSelectElement;
  sort: HTMLSelectElement;
  status: HTMLElement;
  results: HTMLOListElement;
  more: HTMLButtonElement;
  empty: HTMLElement;
  clearFilters: HTMLElement;
}

function find<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`Search page markup is missing ${selector}`);
  return element;
}

function elements(root: HTMLElement): Elements {
  return {
    root,
    fallback: find(root, '[data-search-fallback]'),
    fallbackHeading: find(root, '[data-search-fallback-heading]'),
    fallbackText: find(root, '[data-search-fallback-text]'),
    ui: find(root, '[data-search-ui]'),
    form: find(root, '[data-search-form]'),
    query: find(root, '#search-query'),
    type: find(root, '#search-type'),
    year: find(root, '#search-year'),
    sort: find(root, '#search-sort'),
    status: find(root, '[data-search-status]'),
    results: find(root, '[data-search-results]'),
    more: find(root, '[data-search-more]'),
    empty: find(root, '[data-search-empty]'),
    clearFilters: find(root, '[data-search-clear-filters]'),
  };
}

function readForm(ui: Elements): SearchState {
  const fields = [...new FormData(ui.form)].map(([name, value]): [string, string] => [name, String(value)]);
  return readSearchState(new URLSearchParams(fields));
}

function fillForm(ui: Elements, state: SearchState): void {
  ui.query.value = state.query;
  ui.type.value = state.type;
  // A year from a shared link may be one this build has no entries for; keep it selectable.
  if (state.year && ![...ui.year.options].some((option) => option.value === state.year)) {
    ui.year.add(new Option(state.year, state.year));
  }
  ui.year.value = state.year;
  ui.sort.value = state.sort === 'newest' ? SORT_NEWEST : '';
}

function filterSummary(state: SearchState): string {
  const parts: string[] = [];
  if (state.type) parts.push(s.types[state.type]);
  if (state.year) parts.push(state.year);
  return parts.length ? ` ${s.status.filteredBy(parts.join(', '))}` : '';
}

function setStatus(ui: Elements, text: string): void {
  // Only a changed text is written, so screen readers announce changes and nothing else.
  if (ui.status.textContent !== text) ui.status.textContent = text;
}

export function startSearchPage(): void {
  const root = document.querySelector<HTMLElement>('[data-search-page]');
  if (!root) return;
  const ui = elements(root);
  const titleSuffix = root.dataset['titleSuffix'] ?? '';
  const baseTitle = document.title;
  let searchId = 0;
  let pending: PagefindResult[] = [];

  ui.fallback.hidden = true;
  ui.ui.hidden = false;

  function showLoadFailure(): void {
    ui.ui.hidden = true;
    ui.fallback.hidden = false;
    ui.fallbackHeading.hidden = true;
    ui.fallbackText.textContent = s.loadFailed;
  }

  async function showMore(focusFirst: boolean): Promise<void> {
    const id = searchId;
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (id !== searchId) return;
    const items = data.map(resultItem);
    ui.results.append(...items);
    ui.more.hidden = pending.length === 0;
    ui.more.textContent = s.showMore(Math.min(PAGE_SIZE, pending.length));
    if (focusFirst) items[0]?.querySelector('a')?.focus();
  }

  async function run(state: SearchState): Promise<void> {
    const id = ++searchId;
    document.title = state.query ? `${s.resultsTitle(state.query)}${titleSuffix}` : baseTitle;
    ui.results.replaceChildren();
    ui.more.hidden = true;
    ui.empty.hidden = true;
    pending = [];
    if (!hasCriteria(state)) {
      setStatus(ui, '');
      return;
    }
    ui.results.setAttribute('aria-busy', 'true');
    setStatus(ui, s.status.searching);
    try {
      const pagefind = await loadPagefind();
      const response = await pagefind.search(state.query || null, pagefindOptions(state));
      if (id !== searchId || !response) return;
      pending = response.results;
      const count = pending.length;
      if (count === 0) {
        setStatus(ui, `${s.status.none(state.query)}${filterSummary(state)}`);
        ui.clearFilters.hidden = !hasFilters(state);
        const clearLink = ui.clearFilters.querySelector('a');
        if (clearLink) clearLink.search = searchQueryString({ ...EMPTY_SEARCH, query: state.query });
        ui.empty.hidden = false;
        return;
      }
      await showMore(false);
      if (id !== searchId) return;
      setStatus(ui, `${s.status.count(count, state.query)}${filterSummary(state)}`);
    } catch (error) {
      console.error(error);
      if (id === searchId) showLoadFailure();
    } finally {
      if (id === searchId) ui.results.removeAttribute('aria-busy');
    }
  }

  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const state = readForm(ui);
    fillForm(ui, state);
    if (!sameSearch(state, readSearchState(new URLSearchParams(location.search)))) {
      history.pushState(null, '', `${location.pathname}${searchQueryString(state)}`);
    }
    void run(state);
  });

  ui.more.addEventListener('click', () => void showMore(true));

  window.addEventListener('popstate', () => {
    const state = readSearchState(new URLSearchParams(location.search));
    fillForm(ui, state);
    void run(state);
  });

  // Start fetching the search engine as soon as someone shows intent to search.
  ui.query.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });

  const initial = readSearchState(new URLSearchParams(location.search));
  fillForm(ui, initial);
  void run(initial);
}
