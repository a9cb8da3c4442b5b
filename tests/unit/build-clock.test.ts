import { describe, expect, test } from 'vitest';
import { buildNow } from '../../src/lib/build-clock.ts';

describe("the build's moment", () => {
  const clock = new Date('2027-01-20T05:30:00Z');

  test('is the clock when nothing overrides it', () => {
    expect(buildNow('WIB', {}, clock)).toBe(clock);
  });

  test('PORTAL_NOW is a wall-clock time in the office zone', () => {
    expect(buildNow('WIB', { PORTAL_NOW: '2027-01-20T13:00' }, clock).toISOString()).toBe('2027-01-20T06:00:00.000Z');
    expect(buildNow('WIT', { PORTAL_NOW: '2027-01-20T13:00' }, clock).toISOString()).toBe('2027-01-20T04:00:00.000Z');
  });

  test('PORTAL_TODAY is the start of that day, as the build just after midnight sees it', () => {
    expect(buildNow('WITA', { PORTAL_TODAY: '2027-01-21' }, clock).toISOString()).toBe('2027-01-20T16:00:00.000Z');
  });

  test('PORTAL_NOW wins over PORTAL_TODAY', () => {
    expect(buildNow('WIB', { PORTAL_NOW: '2027-01-22T08:00', PORTAL_TODAY: '2027-01-21' }, clock).toISOString()).toBe('2027-01-22T01:00:00.000Z');
  });

  test.each(['besok', '2027-02-30T10:00', '2027-01-20T25:00', '2027-01-20 10:00', '2027-1-20T10:00'])('a malformed or impossible PORTAL_NOW (%s) is ignored', (value) => {
    expect(buildNow('WIB', { PORTAL_NOW: value }, clock)).toBe(clock);
    expect(buildNow('WIB', { PORTAL_NOW: value, PORTAL_TODAY: '2027-01-21' }, clock).toISOString()).toBe('2027-01-20T17:00:00.000Z');
  });

  test.each(['2027-13-01', '2027-02-29', 'kemarin'])('a malformed or impossible PORTAL_TODAY (%s) is ignored', (value) => {
    expect(buildNow('WIB', { PORTAL_TODAY: value }, clock)).toBe(clock);
  });
});
