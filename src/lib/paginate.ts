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
