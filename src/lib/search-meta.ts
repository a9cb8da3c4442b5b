/**
 * What the search index records about each page besides its text: its content type, its
 * year (both filters), and its date (shown in results and used to sort newest first).
 * Pages declare these through BaseLayout's `search` prop; the names below are the keys the
 * search page asks Pagefind for, so both sides read them from here.
 */

/** Content types a result can have. The keys are stored in the index and used in URLs. */
export const SEARCH_TYPES = ['berita', 'layanan', 'forum', 'informasi'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/** Pagefind filter, metadata and sort keys. */
export const SEARCH_KEYS = { type: 'jenis', year: 'tahun', date: 'tanggal' } as const;

/**
 * Pagefind leaves a page out of sorted results when it has no value for the sort key, so an
 * undated page (Profil, Pengaduan) gets one that sorts after every real date.
 */
export const UNDATED_SORT_VALUE = '0000-00-00';

export interface SearchEntry {
  type: SearchType;
  /** The date that matters to a reader: publication, forum day, or last review (YYYY-MM-DD…). */
  date?: string | undefined;
}

export interface SearchAttributes {
  filters: Record<string, string>;
  meta: Record<string, string>;
  sort: Record<string, string>;
}

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

export function isSearchType(value: string): value is SearchType {
  return (SEARCH_TYPES as readonly string[]).includes(value);
}

/** The filter, metadata and sort values of one page. */
export function searchAttributes(entry: SearchEntry): SearchAttributes {
  const day = entry.date ? CALENDAR_DAY.exec(entry.date) : null;
  if (entry.date && !day) {
    throw new Error(`Tanggal "${entry.date}" untuk indeks pencarian tidak berbentuk YYYY-MM-DD. Kirim tanggal kalender dari data halaman, misalnya "2025-02-10".`);
  }
  const date = day ? `${day[1]}-${day[2]}-${day[3]}` : undefined;
  return {
    filters: { [SEARCH_KEYS.type]: entry.type, ...(day ? { [SEARCH_KEYS.year]: day[1]! } : {}) },
    meta: { [SEARCH_KEYS.type]: entry.type, ...(date ? { [SEARCH_KEYS.date]: date } : {}) },
    sort: { [SEARCH_KEYS.date]: date ?? UNDATED_SORT_VALUE },
  };
}

/**
 * The same values as empty, hidden elements, one `key:value` per attribute (Pagefind reads
 * a single pair per attribute). Empty elements put nothing into the indexed text and
 * nothing in front of a screen reader.
 */
export function searchMarkup(entry: SearchEntry): string {
  const { filters, meta, sort } = searchAttributes(entry);
  const element = (attribute: string, values: Record<string, string>) =>
    Object.entries(values).map(([key, value]) => `<span hidden ${attribute}="${key}:${value}"></span>`).join('');
  return element('data-pagefind-filter', filters) + element('data-pagefind-meta', meta) + element('data-pagefind-sort', sort);
}
