import { describe, expect, test } from 'vitest';
import { formatDate, formatDateTime, formatDateTimeRange, formatDateWithDay, formatMonthYear, formatTime, yearOf } from '../../src/lib/dates.ts';
import {
  instantToLocalDate,
  instantToLocalDateTime,
  localToInstant,
  localToIsoWithOffset,
  zoneOffset,
  type ZoneName,
} from '../../src/lib/time-zones.ts';

describe('Indonesian dates', () => {
  test.each([
    ['2025-02-10', 'Senin, 10 Februari 2025'],
    ['2022-07-19', 'Selasa, 19 Juli 2022'],
    ['2024-02-29', 'Kamis, 29 Februari 2024'],
    ['2025-01-01', 'Rabu, 1 Januari 2025'],
    ['2025-12-31', 'Rabu, 31 Desember 2025'],
    ['2026-03-20', 'Jumat, 20 Maret 2026'],
    ['2026-05-16', 'Sabtu, 16 Mei 2026'],
    ['2026-08-16', 'Minggu, 16 Agustus 2026'],
  ])('%s is "%s"', (day, expected) => {
    expect(formatDateWithDay(day)).toBe(expected);
  });

  test('without the weekday, and month with year', () => {
    expect(formatDate('2025-02-10')).toBe('10 Februari 2025');
    expect(formatMonthYear('2025-11-03')).toBe('November 2025');
    expect(yearOf('2026-12-10T09:00')).toBe(2026);
  });

  test('the day does not depend on the host time zone', () => {
    // A wall-clock time late in the evening stays on its own day.
    expect(formatDateWithDay('2025-02-10T23:30')).toBe('Senin, 10 Februari 2025');
  });
});

describe('times with their zone', () => {
  test.each<[ZoneName, string]>([
    ['WIB', 'Selasa, 19 Juli 2022, 09.00 WIB'],
    ['WITA', 'Selasa, 19 Juli 2022, 09.00 WITA'],
    ['WIT', 'Selasa, 19 Juli 2022, 09.00 WIT'],
  ])('%s: "%s"', (zone, expected) => {
    expect(formatDateTime('2022-07-19T09:00', zone)).toBe(expected);
  });

  test('hours and minutes are separated by a dot', () => {
    expect(formatTime('2025-02-10T13:05', 'WITA')).toBe('13.05 WITA');
    expect(formatTime('2025-02-10T00:00', 'WIT')).toBe('00.00 WIT');
  });

  test('a span within one day names the day once', () => {
    expect(formatDateTimeRange('2026-12-10T09:00', '2026-12-10T12:30', 'WIB')).toBe('Kamis, 10 Desember 2026, 09.00–12.30 WIB');
  });

  test('a span across days writes both ends in full', () => {
    expect(formatDateTimeRange('2026-12-10T09:00', '2026-12-11T15:00', 'WIT')).toBe(
      'Kamis, 10 Desember 2026, 09.00 WIT sampai Jumat, 11 Desember 2026, 15.00 WIT',
    );
  });
});

describe('ISO offsets', () => {
  test.each<[ZoneName, string, string]>([
    ['WIB', '+07:00', '2022-07-19T02:00:00.000Z'],
    ['WITA', '+08:00', '2022-07-19T01:00:00.000Z'],
    ['WIT', '+09:00', '2022-07-19T00:00:00.000Z'],
  ])('%s is %s, so 09.00 local is %s', (zone, offset, utc) => {
    expect(zoneOffset(zone)).toBe(offset);
    expect(localToIsoWithOffset('2022-07-19T09:00', zone)).toBe(`2022-07-19T09:00:00${offset}`);
    expect(localToInstant('2022-07-19T09:00', zone).toISOString()).toBe(utc);
  });

  test('an instant falls on the local calendar day of each zone', () => {
    // 16.30 UTC on 31 December is already New Year in WIB (23.30 is not: 16.30 + 7 = 23.30).
    const instant = new Date('2025-12-31T16:30:00Z');
    expect(instantToLocalDate(instant, 'WIB')).toBe('2025-12-31');
    expect(instantToLocalDate(instant, 'WITA')).toBe('2026-01-01');
    expect(instantToLocalDate(instant, 'WIT')).toBe('2026-01-01');
    expect(instantToLocalDateTime(instant, 'WIT')).toBe('2026-01-01T01:30');
  });

  test('local to instant and back is the identity', () => {
    for (const zone of ['WIB', 'WITA', 'WIT'] as const) {
      expect(instantToLocalDateTime(localToInstant('2026-12-10T09:00', zone), zone)).toBe('2026-12-10T09:00');
    }
  });
});
