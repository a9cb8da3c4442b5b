import { describe, expect, test } from 'vitest';
import { buildNow } from '../../src/lib/build-clock.ts';
import { isPublished, newestFirst, todayIn } from '../../src/lib/publishing.ts';

describe('what the public may see', () => {
  test('a published article is not a draft and dated today or earlier', () => {
    expect(isPublished({ date: '2025-02-10', draft: false }, '2025-02-10')).toBe(true);
    expect(isPublished({ date: '2025-02-09', draft: false }, '2025-02-10')).toBe(true);
  });

  test('a draft is never published, whatever its date', () => {
    expect(isPublished({ date: '2020-01-01', draft: true }, '2025-02-10')).toBe(false);
  });

  test('a future-dated article waits for its day', () => {
    expect(isPublished({ date: '2025-02-11', draft: false }, '2025-02-10')).toBe(false);
  });
});

describe("today's date in the office's zone", () => {
  const lateEveningUtc = new Date('2025-02-10T16:30:00Z'); // 23.30 WIB, 00.30 WITA, 01.30 WIT

  test('follows the zone, not the host', () => {
    expect(todayIn('WIB', lateEveningUtc)).toBe('2025-02-10');
    expect(todayIn('WITA', lateEveningUtc)).toBe('2025-02-11');
    expect(todayIn('WIT', lateEveningUtc)).toBe('2025-02-11');
  });

  test("is the day of the build's moment, which PORTAL_TODAY and PORTAL_NOW set", () => {
    expect(todayIn('WIB', buildNow('WIB', { PORTAL_TODAY: '2030-06-01' }, lateEveningUtc))).toBe('2030-06-01');
    expect(todayIn('WIT', buildNow('WIT', { PORTAL_NOW: '2030-06-02T23:59' }, lateEveningUtc))).toBe('2030-06-02');
  });

  test('reads the overrides from the environment by default', () => {
    const saved = { today: process.env.PORTAL_TODAY, now: process.env.PORTAL_NOW };
    process.env.PORTAL_TODAY = '2031-01-02';
    delete process.env.PORTAL_NOW;
    try {
      expect(todayIn('WIT')).toBe('2031-01-02');
      process.env.PORTAL_NOW = '2031-03-04T08:00';
      expect(todayIn('WIT')).toBe('2031-03-04');
    } finally {
      for (const [key, value] of [['PORTAL_TODAY', saved.today], ['PORTAL_NOW', saved.now]] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  });
});

describe('news order', () => {
  test('newest first; the same day ordered by id so builds agree', () => {
    const entry = (id: string, date: string) => ({ id, data: { date } });
    const sorted = newestFirst([entry('b', '2025-01-01'), entry('c', '2025-03-01'), entry('a', '2025-01-01')]);
    expect(sorted.map((item) => item.id)).toEqual(['c', 'a', 'b']);
  });
});
