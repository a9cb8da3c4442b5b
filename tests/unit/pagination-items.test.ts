import { describe, expect, test } from 'vitest';
import { paginationItems, type PaginationItem } from '../../src/lib/paginate.ts';

/** Compact form for reading the expectations: page numbers, and '…' for a gap. */
function shown(items: PaginationItem[]): (number | '…')[] {
  return items.map((item) => ('gap' in item ? '…' : item.page));
}

describe('paginationItems', () => {
  test('a short list shows every page', () => {
    expect(shown(paginationItems(1, 1))).toEqual([1]);
    expect(shown(paginationItems(2, 3))).toEqual([1, 2, 3]);
    expect(shown(paginationItems(3, 5))).toEqual([1, 2, 3, 4, 5]);
  });

  test('the first page, the last, the current one and its neighbours, gaps between', () => {
    expect(shown(paginationItems(25, 480))).toEqual([1, '…', 24, 25, 26, '…', 480]);
    expect(shown(paginationItems(1, 480))).toEqual([1, 2, '…', 480]);
    expect(shown(paginationItems(480, 480))).toEqual([1, '…', 479, 480]);
  });

  test('a single left-out page is shown itself, not as a gap', () => {
    expect(shown(paginationItems(4, 10))).toEqual([1, 2, 3, 4, 5, '…', 10]);
    expect(shown(paginationItems(7, 10))).toEqual([1, '…', 6, 7, 8, 9, 10]);
  });

  test('the number of items does not grow with the list', () => {
    const longest = Math.max(...Array.from({ length: 5000 }, (_, index) => paginationItems(index + 1, 5000).length));
    expect(longest).toBe(7);
  });

  test('a wider window shows more neighbours', () => {
    expect(shown(paginationItems(50, 100, 2))).toEqual([1, '…', 48, 49, 50, 51, 52, '…', 100]);
  });
});
