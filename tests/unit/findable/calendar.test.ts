import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { forumsForCalendar } from '../../../src/lib/calendar/calendar-forums.ts';
import { forumIcsEvent, forumLocation, icsSequence, icsStatus } from '../../../src/lib/calendar/forum-event.ts';
import { escapeText, foldLine, renderCalendar, type IcsEvent } from '../../../src/lib/calendar/ics.ts';
import { FEED_ITEM_LIMIT } from '../../../src/lib/feeds/rss.ts';
import type { ForumStatus } from '../../../src/schema/index.ts';

const forum = {
  title: 'Forum Konsultasi Publik Standar Pelayanan 2027',
  summary: 'Meninjau ulang standar pelayanan; hasil survei, dan rencana.',
  status: 'scheduled' as ForumStatus,
  statusNote: undefined as string | undefined,
  start: '2027-02-10T09:00',
  end: '2027-02-10T12:30',
  previousStart: undefined as string | undefined,
  mode: 'hybrid' as 'hybrid' | 'in-person' | 'online',
  venue: { name: 'Aula Balai POM', address: 'Jalan Contoh 1, Kota Bengkulu', accessibility: 'Lantai dasar.' },
  onlineLink: 'https://rapat.example/fkp',
};

function event(overrides: Partial<typeof forum> = {}): IcsEvent {
  return forumIcsEvent({
    id: 'fkp-2027',
    forum: { ...forum, ...overrides },
    url: 'https://balai.example/forum/fkp-2027/',
    host: 'balai.example',
    stamp: new Date('2026-11-01T03:00:00Z'),
    organizer: { name: 'Balai POM di Bengkulu', email: 'info@balai.example' },
  });
}

describe('iCalendar text', () => {
  it('escapes the characters that are special in TEXT values', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const folded = foldLine(`DESCRIPTION:${'é'.repeat(100)}`);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(`DESCRIPTION:${'é'.repeat(100)}`);
  });

  it.each([
    ['WIB', 'Asia/Jakarta', '2027-02-10T02:00:00.000Z'],
    ['WITA', 'Asia/Makassar', '2027-02-10T01:00:00.000Z'],
    ['WIT', 'Asia/Jayapura', '2027-02-10T00:00:00.000Z'],
  ] as const)('writes %s times that a calendar parser reads as the right instant', (zone, tzid, instant) => {
    const text = renderCalendar({ productId: '-//Uji//ID', name: 'Forum', description: 'Jadwal', zone, events: [event()] });
    expect(text).toContain(`DTSTART;TZID=${tzid}:20270210T090000`);
    const parsed = Object.values(ical.sync.parseICS(text)).find((component) => component?.type === 'VEVENT') as VEvent;
    expect(parsed.start.toISOString()).toBe(instant);
    expect(parsed.uid).toBe('forum-fkp-2027@balai.example');
    expect(parsed.summary).toBe(forum.title);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });
});

describe('a forum as a calendar event', () => {
  it('maps statuses to iCalendar statuses', () => {
    expect(icsStatus('scheduled')).toBe('CONFIRMED');
    // A postponed forum's date no longer holds: calendars take it off that day.
    expect(icsStatus('postponed')).toBe('CANCELLED');
    expect(icsStatus('cancelled')).toBe('CANCELLED');
    expect(icsStatus('moved-online')).toBe('CONFIRMED');
  });

  it('raises SEQUENCE along the life of a forum, so calendars apply each change', () => {
    const lives: [ForumStatus, boolean][][] = [
      [['scheduled', false], ['postponed', false], ['rescheduled', true], ['moved-online', true]],
      [['scheduled', false], ['postponed', false], ['rescheduled', true], ['cancelled', true]],
      [['scheduled', false], ['moved-online', false], ['cancelled', false]],
      [['scheduled', false], ['postponed', false], ['cancelled', false]],
      [['scheduled', false], ['rescheduled', true], ['postponed', true]],
    ];
    for (const life of lives) {
      const sequences = life.map(([status, moved]) => icsSequence({ status, previousStart: moved ? '2027-02-03T09:00' : undefined }));
      for (let step = 1; step < sequences.length; step++) expect(sequences[step]).toBeGreaterThan(sequences[step - 1]!);
    }
  });

  it('keeps the UID whatever the status, and says the status first in the summary', () => {
    const cancelled = event({ status: 'cancelled', statusNote: 'Dibatalkan karena banjir.' });
    expect(cancelled.uid).toBe(event().uid);
    expect(cancelled.summary).toMatch(/^DIBATALKAN: /);
    expect(cancelled.description.startsWith('Dibatalkan karena banjir.')).toBe(true);
    expect(event({ status: 'postponed' }).summary).toMatch(/^DITUNDA: /);
  });

  it('sends people to the hall, the link, or both', () => {
    expect(forumLocation({ ...forum, mode: 'in-person' })).toBe('Aula Balai POM, Jalan Contoh 1, Kota Bengkulu');
    expect(forumLocation(forum)).toBe('Aula Balai POM, Jalan Contoh 1, Kota Bengkulu / Daring: https://rapat.example/fkp');
    expect(forumLocation({ ...forum, mode: 'in-person', status: 'moved-online' })).toBe('https://rapat.example/fkp');
  });
});

describe('forumsForCalendar', () => {
  const forumOn = (id: string, start: string) => ({ id, data: { start } });

  it('keeps the newest forums by start, as many as a feed carries, oldest first', () => {
    const forums = Array.from({ length: 60 }, (_, index) => forumOn(`fkp-${index}`, `20${String(10 + Math.floor(index / 12)).padStart(2, '0')}-${String((index % 12) + 1).padStart(2, '0')}-05T09:00`));
    const shuffled = [...forums.slice(30), ...forums.slice(0, 30)].reverse();
    const kept = forumsForCalendar(shuffled);
    expect(kept).toHaveLength(FEED_ITEM_LIMIT);
    expect(kept.map((forum) => forum.id)).toEqual(forums.slice(-FEED_ITEM_LIMIT).map((forum) => forum.id));
  });

  it('keeps every forum of a small archive, and orders forums that start together by name', () => {
    const kept = forumsForCalendar([forumOn('fkp-b', '2027-02-10T09:00'), forumOn('fkp-a', '2027-02-10T09:00'), forumOn('fkp-lama', '2024-05-02T09:00')]);
    expect(kept.map((forum) => forum.id)).toEqual(['fkp-lama', 'fkp-a', 'fkp-b']);
  });

  it('keeps the forum that starts last when only one fits', () => {
    expect(forumsForCalendar([forumOn('fkp-2027', '2027-02-10T09:00'), forumOn('fkp-2026', '2026-02-10T09:00')], 1).map((forum) => forum.id)).toEqual(['fkp-2027']);
  });
});
