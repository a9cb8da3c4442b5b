/**
 * iCalendar (RFC 5545) text: CRLF line ends, lines folded at 75 octets, text escaped, times
 * written in the office's named zone with a VTIMEZONE, so calendar apps show the right hour
 * wherever the reader lives. Indonesia has no daylight saving, so one STANDARD rule is exact.
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

/** Backslash, semicolon, comma and newlines are special in TEXT values. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
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
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${instantToIcs(event.stamp)}`,
    `LAST-MODIFIED:${instantToIcs(event.stamp)}`,
    `DTSTART;TZID=${tzid}:${localToIcs(event.start)}`,
    `DTEND;TZID=${tzid}:${localToIcs(event.end)}`,
    `STATUS:${event.status}`,
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    `URL:${event.url}`,
    `ORGANIZER;CN="${event.organizer.name.replace(/"/g, "'")}":mailto:${event.organizer.email}`,
    'END:VEVENT',
  ];
}

export function renderCalendar(calendar: IcsCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.productId}`,
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
