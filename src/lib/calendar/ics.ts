/**
 * iCalendar (RFC 5545) text: CRLF line ends, lines folded at 75 octets, text escaped, times
 * written in the office's named zone with a VTIMEZONE, so calendar apps show the right hour
 * wherever the reader lives. Indonesia has no daylight saving, so one STANDARD rule is exact.
 *
 * Every value an editor wrote (office name, forum title, place, summary) is escaped for the
 * part of the line it lands in: TEXT values (SUMMARY, DESCRIPTION, LOCATION, PRODID, the
 * calendar's name) by escapeText, the organizer's name as a quoted parameter value by
 * paramValue. Whatever they hold, no value can end its line: a line break in a forum title
 * must not write a property, or a whole VEVENT, of its own into readers' calendars.
 *
 * Written by hand, not with ical-generator (11.1, tried against this file's tests): it writes
 * PRODID, X-WR-CALNAME and X-WR-CALDESC unescaped (a line break in the office name starts a
 * new line), keeps control characters, writes DTSTART;TZID in the build machine's own zone
 * unless a date library is added, and DTSTAMP without its Z once an event has a zone.
 */
import { ZONE_OFFSET_HOURS, type ZoneName } from '../time-zones.ts';

export const IANA_ZONES: Record<ZoneName, string> = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
};

export type IcsStatus = 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';

export interface IcsEvent {
  uid: string;
  sequence: number;
  status: IcsStatus;
  /** When this version of the event was written (an instant). */
  stamp: Date;
  /** Wall-clock "YYYY-MM-DDTHH:mm" in the calendar's zone. */
  start: string;
  end: string;
  summary: string;
  description: string;
  location?: string | undefined;
  url: string;
  organizer: { name: string; email: string };
}

export interface IcsCalendar {
  /** Identifies the publisher: "-//Balai POM di Bengkulu//Portal//ID". */
  productId: string;
  name: string;
  description: string;
  zone: ZoneName;
  events: readonly IcsEvent[];
}

/** Every way a text can break a line: CRLF, CR, LF, NEL, the Unicode line and paragraph separators, vertical tab, form feed. */
const LINE_BREAK = /\r\n|[\n\r\u0085\u2028\u2029\v\f]/g;
/**
 * What no value may hold (RFC 5545 allows no control character but HTAB in a value): the
 * other C0 controls, DEL, the C1 controls and halves of surrogate pairs, which have no UTF-8.
 */
const NOT_IN_VALUE = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\uD800-\uDFFF]/gu;

/** A TEXT value: backslash, semicolon and comma escaped, every line break written as \n, control characters dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(LINE_BREAK, '\\n')
    .replace(NOT_IN_VALUE, '');
}

/**
 * A quoted parameter value (the organizer's CN): RFC 5545 allows neither DQUOTE nor control
 * characters inside the quotes, and has no escape for them, so a quote becomes an apostrophe
 * and a line break a space. A semicolon, allowed by the RFC, becomes a comma: some calendar
 * readers (node-ical among them) split parameters at every semicolon, quoted or not.
 */
export function paramValue(value: string): string {
  return `"${value.replace(LINE_BREAK, ' ').replace(NOT_IN_VALUE, '').replace(/"/g, "'").replace(/;/g, ',')}"`;
}

/** A value that is not TEXT (an address, a date): nothing in it may end the line. */
function plainValue(value: string): string {
  return value.replace(LINE_BREAK, '').replace(NOT_IN_VALUE, '');
}

/** Folds a content line so no physical line exceeds 75 octets, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** "2026-12-10T09:00" → "20261210T090000" (local time, paired with TZID). */
export function localToIcs(local: string): string {
  return `${local.slice(0, 4)}${local.slice(5, 7)}${local.slice(8, 10)}T${local.slice(11, 13)}${local.slice(14, 16)}00`;
}

/** An instant in UTC form: "20261210T020000Z". */
export function instantToIcs(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function offset(zone: ZoneName): string {
  return `+${String(ZONE_OFFSET_HOURS[zone]).padStart(2, '0')}00`;
}

function timezoneBlock(zone: ZoneName): string[] {
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${IANA_ZONES[zone]}`,
    'BEGIN:STANDARD',
    'DTSTART:19700101T000000',
    `TZOFFSETFROM:${offset(zone)}`,
    `TZOFFSETTO:${offset(zone)}`,
    `TZNAME:${zone}`,
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
}

function eventBlock(event: IcsEvent, zone: ZoneName): string[] {
  const tzid = IANA_ZONES[zone];
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${instantToIcs(event.stamp)}`,
    `LAST-MODIFIED:${instantToIcs(event.stamp)}`,
    `DTSTART;TZID=${tzid}:${localToIcs(event.start)}`,
    `DTEND;TZID=${tzid}:${localToIcs(event.end)}`,
    `STATUS:${event.status}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    `URL:${plainValue(event.url)}`,
    `ORGANIZER;CN=${paramValue(event.organizer.name)}:mailto:${plainValue(event.organizer.email)}`,
    'END:VEVENT',
  ];
}

export function renderCalendar(calendar: IcsCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(calendar.productId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `X-WR-CALDESC:${escapeText(calendar.description)}`,
    `X-WR-TIMEZONE:${IANA_ZONES[calendar.zone]}`,
    ...timezoneBlock(calendar.zone),
    ...calendar.events.flatMap((event) => eventBlock(event, calendar.zone)),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
