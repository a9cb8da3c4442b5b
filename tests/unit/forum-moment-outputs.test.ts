/**
 * A forum's state as every output tells it (JSON-LD, feed item, calendar entry), at moments
 * before, during and after it: a forum that ended says its results follow, a postponed or
 * cancelled one offers no link and no date that no longer holds, a rescheduled one only its
 * new date.
 */
import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { forumIcsEvent } from '../../src/lib/calendar/forum-event.ts';
import { renderCalendar } from '../../src/lib/calendar/ics.ts';
import { forumFeedItem } from '../../src/lib/feeds/forum-item.ts';
import { forumMoment } from '../../src/lib/forum-timing.ts';
import { forumEvent } from '../../src/lib/structured-data/event.ts';
import type { ForumStatus } from '../../src/schema/index.ts';
import { forumMoments } from '../../src/strings/forum-moments.ts';

const LINK = 'https://rapat.example/fkp-2027';
const PAGE = 'https://balai.example/forum/fkp-2027/';
const forum = {
  title: 'Forum Konsultasi Publik Standar Pelayanan 2027',
  summary: 'Meninjau standar pelayanan pengujian bersama masyarakat.',
  status: 'scheduled' as ForumStatus,
  statusNote: undefined as string | undefined,
  start: '2027-01-20T09:00',
  end: '2027-01-20T12:00',
  previousStart: undefined as string | undefined,
  mode: 'hybrid' as const,
  venue: { name: 'Aula Balai POM', address: 'Jalan Contoh 1, Kota Bengkulu', accessibility: 'Lantai dasar, jalan landai.', mapUrl: undefined },
  onlineLink: LINK,
  invited: ['Pelaku usaha'],
  results: undefined,
};
type Forum = typeof forum;

const BEFORE = new Date('2027-01-19T10:00:00+07:00');
const DURING = new Date('2027-01-20T10:00:00+07:00');
const AFTER = new Date('2027-01-20T12:30:00+07:00');

function outputs(overrides: Partial<Forum>, now: Date) {
  const data = { ...forum, ...overrides };
  const moment = forumMoment(data, 'WIB', now);
  const event = forumEvent({ forum: data, moment, url: PAGE, zone: 'WIB', region: 'Bengkulu', images: [], organizer: { '@id': 'https://balai.example/#kantor' } });
  const item = forumFeedItem(data, moment, PAGE, '2026-12-01T10:00:00+07:00', 'WIB');
  const ics = renderCalendar({
    productId: '-//Uji//ID',
    name: 'Forum',
    description: 'Jadwal',
    zone: 'WIB',
    events: [forumIcsEvent({ id: 'fkp-2027', forum: data, url: PAGE, host: 'balai.example', stamp: new Date('2026-12-01T03:00:00Z'), organizer: { name: 'Balai POM', email: 'info@balai.example' } })],
  });
  const calendarEvent = Object.values(ical.sync.parseICS(ics)).find((component) => component?.type === 'VEVENT') as VEvent;
  return { moment, event, item, ics, calendarEvent };
}

const virtualUrl = (event: Record<string, unknown>) => ([event['location']].flat() as { '@type': string; url?: string }[]).find((location) => location['@type'] === 'VirtualLocation')?.url;

describe('a scheduled forum over time', () => {
  it('before and during: announced, with its link, its date and its calendar entry', () => {
    for (const now of [BEFORE, DURING]) {
      const { event, item, ics, calendarEvent } = outputs({}, now);
      expect(virtualUrl(event)).toBe(LINK);
      expect(event['description']).toBe(forum.summary);
      expect(item.title).toBe(`Pengumuman: ${forum.title}`);
      expect(item.description).toContain('Waktu: ');
      expect(calendarEvent.status).toBe('CONFIRMED');
      expect(ics).toContain(LINK);
    }
  });

  it('after its end, still "scheduled": says results will follow everywhere, as a new feed item dated at its end', () => {
    const before = outputs({}, BEFORE);
    const { moment, event, item } = outputs({}, AFTER);
    expect(moment.shown).toBe('awaiting-results');
    expect(String(event['description'])).toContain('hasilnya akan diumumkan');
    expect(event['eventStatus']).toBe('https://schema.org/EventScheduled');
    expect(virtualUrl(event)).toBe(PAGE);
    expect(item.title).toBe(forumMoments.feedTitle(forum.title));
    expect(item.description).toContain(forumMoments.awaitingResultsNotice);
    expect(item.description).not.toMatch(/Terjadwal/);
    expect(item.guid).not.toBe(before.item.guid);
    expect(item.published).toBe('2027-01-20T12:00:00+07:00');
  });

  it('keeps the date of its last edit when that came after its end', () => {
    const data = { ...forum };
    const late = forumFeedItem(data, forumMoment(data, 'WIB', AFTER), PAGE, '2027-01-21T08:00:00+07:00', 'WIB');
    expect(late.published).toBe('2027-01-21T08:00:00+07:00');
  });
});

describe.each(['postponed', 'cancelled'] as const)('a %s forum', (status) => {
  it('offers no link and no date that no longer holds, before, during or after it', () => {
    for (const now of [BEFORE, DURING, AFTER]) {
      const { moment, event, item, ics, calendarEvent } = outputs({ status, statusNote: 'Karena banjir di lokasi.' }, now);
      expect(moment).toMatchObject({ shown: status, offersJoining: false, dateHolds: false });
      expect(virtualUrl(event)).toBe(PAGE);
      expect(JSON.stringify(event)).not.toContain(LINK);
      expect(item.description).not.toContain('Waktu: ');
      expect(item.description).toContain(`${forumMoments.formerSchedule}: `);
      expect(item.description).not.toContain('Tempat: ');
      expect(calendarEvent.status).toBe('CANCELLED');
      expect(calendarEvent.location).toBeUndefined();
      expect(ics.replace(/\r\n /g, '')).not.toContain(LINK);
    }
  });

  it(status === 'postponed' ? 'says a new date will be announced' : 'says it is cancelled in the calendar', () => {
    const { item, calendarEvent } = outputs({ status }, BEFORE);
    if (status === 'postponed') expect(item.description).toContain(forumMoments.feedNewDateToFollow);
    expect(String(calendarEvent.description)).toContain(status === 'postponed' ? forumMoments.calendarPostponed : forumMoments.calendarCancelled);
  });
});

describe('a rescheduled forum', () => {
  it('offers only its new date: the calendar entry and the event start are the new date', () => {
    const { event, calendarEvent, ics, item } = outputs({ status: 'rescheduled', previousStart: '2027-01-13T09:00' }, BEFORE);
    expect(event['startDate']).toBe('2027-01-20T09:00:00+07:00');
    expect(calendarEvent.status).toBe('CONFIRMED');
    expect(calendarEvent.start.toISOString()).toBe('2027-01-20T02:00:00.000Z');
    expect(ics).not.toContain('20270113');
    expect(virtualUrl(event)).toBe(LINK);
    expect(item.description).toContain('Waktu: Rabu, 20 Januari 2027');
  });
});
