import { describe, expect, test } from 'vitest';
import { elementIndex, gradeFor, ikmIndex, ikmResult, roundTo2, GRADE_BANDS } from '../../src/lib/ikm.ts';

/** Nine equal element means that give exactly this index (index = 25 × mean). */
const meansFor = (index: number) => Array.from({ length: 9 }, () => index / 25);

describe('IKM index', () => {
  test('is 25 times the mean of the nine element means', () => {
    expect(ikmIndex([3.5, 3.6, 3.7, 3.8, 3.9, 3.4, 3.3, 3.2, 3.1])).toBe(87.5);
    expect(ikmIndex(meansFor(100))).toBe(100);
    expect(ikmIndex(meansFor(25))).toBe(25);
  });

  test('matches a published figure: BBPOM Semarang 2022, 94,18', () => {
    // Nine means whose average is 3.7672 give 94.18.
    const means = [3.77, 3.76, 3.77, 3.77, 3.77, 3.76, 3.77, 3.77, 3.7648];
    expect(ikmIndex(means)).toBe(94.18);
  });

  test('is rounded to two decimals', () => {
    // Mean 30.93 / 9 = 3.43666…, times 25 = 85.9166…
    expect(ikmIndex([3.1, 3.2, 3.3, 3.4, 3.5, 3.6, 3.7, 3.8, 3.33])).toBe(85.92);
  });

  test('refuses means outside 1–4 and an empty list', () => {
    expect(() => ikmIndex([])).toThrow(/at least one/);
    expect(() => ikmIndex([4.01])).toThrow(/between 1 and 4/);
    expect(() => ikmIndex([0.99])).toThrow(/between 1 and 4/);
    expect(() => ikmIndex([Number.NaN])).toThrow(/between 1 and 4/);
  });

  test('an element mean on the 25–100 scale', () => {
    expect(elementIndex(3.62)).toBe(90.5);
    expect(elementIndex(3.934)).toBe(98.35);
  });
});

describe('grades at every band boundary', () => {
  test.each([
    [25, 'D', 'Tidak Baik'],
    [64.99, 'D', 'Tidak Baik'],
    [65, 'C', 'Kurang Baik'],
    [76.6, 'C', 'Kurang Baik'],
    [76.61, 'B', 'Baik'],
    [88.3, 'B', 'Baik'],
    [88.31, 'A', 'Sangat Baik'],
    [100, 'A', 'Sangat Baik'],
  ])('%s is %s (%s)', (index, grade, label) => {
    expect(gradeFor(index)).toMatchObject({ grade, label });
    expect(ikmResult(meansFor(index))).toEqual({ index, grade, label });
  });

  test('values between two bands are decided on the two-decimal rounding', () => {
    expect(gradeFor(88.305).grade).toBe('A'); // rounds to 88.31
    expect(gradeFor(88.304).grade).toBe('B'); // rounds to 88.30
    expect(gradeFor(76.605).grade).toBe('B'); // rounds to 76.61
    expect(gradeFor(64.995).grade).toBe('C'); // rounds to 65.00
    expect(gradeFor(64.994).grade).toBe('D');
  });

  test('88.305 is rounded up despite binary floating point', () => {
    // 88.305 * 100 is 8830.499999... in binary; the rounding must still give 88.31.
    expect(roundTo2(88.305)).toBe(88.31);
    expect(roundTo2(76.605)).toBe(76.61);
    expect(roundTo2(1.005)).toBe(1.01);
  });

  test('the bands cover 25 to 100 without gaps at two decimals', () => {
    const sorted = [...GRADE_BANDS].sort((a, b) => a.min - b.min);
    expect(sorted[0]?.min).toBe(25);
    expect(sorted.at(-1)?.max).toBe(100);
    for (let i = 1; i < sorted.length; i++) expect(roundTo2(sorted[i]!.min - sorted[i - 1]!.max)).toBe(0.01);
  });

  test('an index outside 25–100 is an error, not a grade', () => {
    expect(() => gradeFor(24.99)).toThrow(/outside 25 to 100/);
    expect(() => gradeFor(100.01)).toThrow(/outside 25 to 100/);
  });
});
