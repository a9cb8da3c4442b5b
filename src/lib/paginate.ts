/** Splits a list into pages of a fixed size; page 1 exists even for an empty list. */
export const NEWS_PAGE_SIZE = 10;
/** Past forums per page of the forum list; upcoming forums always show in full on page 1. */
export const FORUM_PAGE_SIZE = 10;

export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

export function pageSlice<T>(items: readonly T[], page: number, size: number): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** A page number to link to, or a run of pages left out of the pagination links. */
export type PaginationItem = { page: number } | { gap: true };

/**
 * The page numbers a list page links to: the first and last page, the current page and the
 * `around` pages on each side of it; each run of left-out pages becomes one gap, except a
 * single page, which is shown itself (a gap marker would take as much room). Linking every
 * page would grow every list page with the archive: at 5,000 articles each of the 475 news
 * list pages carried about 480 page links, more than its ten articles. Every page stays reachable
 * through the links to the next and previous pages and the sitemap.
 */
export function paginationItems(current: number, total: number, around = 1): PaginationItem[] {
  const shown = new Set<number>([1, total]);
  for (let page = current - around; page <= current + around; page += 1) {
    if (page >= 1 && page <= total) shown.add(page);
  }
  const items: PaginationItem[] = [];
  let last = 0;
  for (const page of [...shown].sort((a, b) => a - b)) {
    if (page - last === 2) items.push({ page: last + 1 });
    else if (page - last > 2) items.push({ gap: true });
    items.push({ page });
    last = page;
  }
  return items;
}
