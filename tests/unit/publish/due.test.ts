/**
 * The hourly run's short-circuit: it builds at the office's midnight, and in the hours after an
 * article's day began or a forum ended (two runs, so one late or skipped run loses nothing),
 * and stops otherwise.
 */
import { describe, expect, test } from 'vitest';
import { dueReasons, LOOKBACK_HOURS, type DueArticle, type DueForum } from '../../../scripts/publish/due.ts';

const news: DueArticle[] = [
  { id: 'kelas-label-pangan', date: '2027-01-20', draft: false },
  { id: 'draf-pengumuman', date: '2027-01-20', draft: true },
];
const forums: DueForum[] = [
  { id: 'fkp-2027', end: '2027-01-20T12:00', status: 'scheduled' },
  { id: 'fkp-ditunda', end: '2027-01-20T12:00', status: 'postponed' },
  { id: 'fkp-selesai', end: '2027-01-20T12:00', status: 'held' },
];
const at = (local: string, zone = '+08:00') => new Date(`${local}:00${zone}`);
const kinds = (local: string) => dueReasons({ zone: 'WITA', now: at(local), news, forums }).map((reason) => `${reason.kind}:${'id' in reason ? reason.id : ''}`);

describe('a scheduled run', () => {
  test("builds every day in the office's midnight hour, whatever else", () => {
    expect(kinds('2027-03-01T00:05')).toEqual(['daily:']);
    // 00.05 WITA is 23.05 WIB the evening before: an office in WIB is not at its midnight.
    expect(dueReasons({ zone: 'WIB', now: at('2027-03-01T00:05'), news: [], forums: [] })).toEqual([]);
  });

  test("builds in the hours after an article's day began, not for a draft", () => {
    expect(kinds('2027-01-20T00:05')).toEqual(['daily:', 'article:kelas-label-pangan']);
    expect(kinds('2027-01-20T01:05')).toEqual(['article:kelas-label-pangan']);
    expect(kinds(`2027-01-20T0${LOOKBACK_HOURS}:05`)).toEqual([]);
  });

  test('builds in the hours after a forum ended; a postponed or held forum ending changes nothing', () => {
    expect(kinds('2027-01-20T11:59')).toEqual([]);
    expect(kinds('2027-01-20T12:05')).toEqual(['forum-ended:fkp-2027']);
    expect(kinds('2027-01-20T13:05')).toEqual(['forum-ended:fkp-2027']);
    expect(kinds('2027-01-20T14:05')).toEqual([]);
  });

  test('stops on an ordinary hour', () => {
    expect(kinds('2027-01-21T10:05')).toEqual([]);
  });
});
