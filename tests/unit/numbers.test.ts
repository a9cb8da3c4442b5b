import { describe, expect, test } from 'vitest';
import { formatNumber, formatRupiah } from '../../src/lib/numbers.ts';
import { formatDuration } from '../../src/lib/durations.ts';

describe('Indonesian numbers', () => {
  test('a decimal comma: 94,18', () => {
    expect(formatNumber(94.18, 2)).toBe('94,18');
    expect(formatNumber(94, 2)).toBe('94,00');
    expect(formatNumber(3.7, 2)).toBe('3,70');
  });

  test('a thousands dot', () => {
    expect(formatNumber(1500533)).toBe('1.500.533');
    expect(formatNumber(455)).toBe('455');
    expect(formatNumber(1234.5, 1)).toBe('1.234,5');
  });

  test('rupiah as Bank Indonesia writes them', () => {
    expect(formatRupiah(150000)).toBe('Rp150.000');
    expect(formatRupiah(0)).toBe('Rp0');
  });

  test('service time limits in words', () => {
    expect(formatDuration(5, 'hari-kerja')).toBe('5 hari kerja');
    expect(formatDuration(14, 'hari-kalender')).toBe('14 hari kalender');
    expect(formatDuration(30, 'menit')).toBe('30 menit');
    expect(formatDuration(2, 'jam')).toBe('2 jam');
  });
});
