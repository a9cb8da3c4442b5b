import { describe, expect, test } from 'vitest';
import { forumMoment, isUpcoming, splitForums } from '../../src/lib/forum-timing.ts';
import type { ForumStatus } from '../../src/schema/index.ts';

const forum = (id: string, start: string, end: string, status: ForumStatus = 'scheduled') => ({ id, data: { start, end, status } });

describe('upcoming versus past forums', () => {
  // 10 December 2026, 10.00 WIB (03.00 UTC).
  const now = new Date('2026-12-10T03:00:00Z');

  test('a forum is upcoming until it ends, in the office zone', () => {
    expect(isUpcoming(forum('x', '2026-12-10T09:00', '2026-12-10T12:00').data, 'WIB', now)).toBe(true);
    // In WIT it is already 12.00: the forum ending at 11.00 WIT is over.
    expect(isUpcoming(forum('x', '2026-12-10T09:00', '2026-12-10T11:00').data, 'WIT', now)).toBe(false);
    expect(isUpcoming(forum('x', '2026-12-10T08:00', '2026-12-10T09:59').data, 'WIB', now)).toBe(false);
  });

  test('a held forum is past even if its end time was entered wrongly in the future', () => {
    expect(isUpcoming(forum('x', '2026-12-12T09:00', '2026-12-12T12:00', 'held').data, 'WIB', now)).toBe(false);
  });

  test('a cancelled future forum stays in the upcoming list, so nobody travels to it', () => {
    expect(isUpcoming(forum('x', '2026-12-20T09:00', '2026-12-20T12:00', 'cancelled').data, 'WIB', now)).toBe(true);
  });

  test('a postponed forum stays upcoming after its former date: it has not taken place', () => {
    expect(isUpcoming(forum('x', '2026-12-01T09:00', '2026-12-01T12:00', 'postponed').data, 'WIB', now)).toBe(true);
  });

  test('upcoming soonest first, past newest first', () => {
    const { upcoming, past } = splitForums(
      [
        forum('past-old', '2022-07-19T09:00', '2022-07-19T12:00', 'held'),
        forum('later', '2027-03-01T09:00', '2027-03-01T12:00'),
        forum('past-new', '2024-06-20T09:00', '2024-06-20T13:00', 'held'),
        forum('sooner', '2026-12-15T09:00', '2026-12-15T12:00', 'postponed'),
        forum('cancelled-past', '2023-05-01T09:00', '2023-05-01T12:00', 'cancelled'),
        forum('ended-today', '2026-12-10T08:00', '2026-12-10T09:30'),
      ],
      'WIB',
      now,
    );
    expect(upcoming.map((item) => item.id)).toEqual(['sooner', 'later']);
    expect(past.map((item) => item.id)).toEqual(['ended-today', 'past-new', 'cancelled-past', 'past-old']);
  });
});

describe('what a forum says and offers at a moment', () => {
  const start = '2027-01-20T09:00';
  const end = '2027-01-20T12:00';
  const at = (local: string) => new Date(`${local}:00+08:00`);
  const moment = (status: ForumStatus, local: string) => forumMoment({ start, end, status }, 'WITA', at(local));

  test('before and during a scheduled forum: its status, its date, joining and the calendar', () => {
    for (const local of ['2027-01-19T23:00', '2027-01-20T00:05', '2027-01-20T10:00', '2027-01-20T12:00']) {
      expect(moment('scheduled', local)).toEqual({ shown: 'scheduled', dateHolds: true, ended: false, offersJoining: true });
    }
  });

  test.each(['scheduled', 'rescheduled', 'moved-online'] as const)('after a %s forum whose status nobody changed: results will follow, nothing left to join', (status) => {
    expect(moment(status, '2027-01-20T12:01')).toEqual({ shown: 'awaiting-results', dateHolds: true, ended: true, offersJoining: false });
  });

  test('a held forum says so at any time and offers nothing to join', () => {
    expect(moment('held', '2027-01-19T10:00')).toMatchObject({ shown: 'held', offersJoining: false });
    expect(moment('held', '2027-01-21T10:00')).toMatchObject({ shown: 'held', offersJoining: false });
  });

  test.each(['postponed', 'cancelled'] as const)('a %s forum keeps its status and never offers its date, before or after it', (status) => {
    for (const local of ['2027-01-19T10:00', '2027-01-20T10:00', '2027-01-21T10:00']) {
      expect(moment(status, local)).toMatchObject({ shown: status, dateHolds: false, offersJoining: false });
    }
  });
});
