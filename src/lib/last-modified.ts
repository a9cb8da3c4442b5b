/**
 * When content last changed, as ISO 8601 with the office's offset. Content carries calendar
 * days (news date, review date) and the content history carries instants; both are brought
 * to one form so they compare as strings and say which zone they mean. The build time is
 * never a source: a page without a dated source has no last-modified date.
 */
import { instantToLocalDateTime, zoneOffset, type ZoneName } from './time-zones.ts';

/** "2025-02-10" → "2025-02-10T00:00:00+07:00" (the start of that day in the office). */
export function dayToIso(day: string, zone: ZoneName): string {
  return `${day.slice(0, 10)}T00:00:00${zoneOffset(zone)}`;
}

/** An instant → "2025-02-10T14:03:00+07:00" in the office's zone. */
export function instantToIso(instant: Date, zone: ZoneName): string {
  const local = instantToLocalDateTime(instant, zone);
  const seconds = String(instant.getUTCSeconds()).padStart(2, '0');
  return `${local}:${seconds}${zoneOffset(zone)}`;
}

/** The latest of several ISO dates in the same zone; undefined when none is known. */
export function latest(dates: readonly (string | undefined)[]): string | undefined {
  let newest: string | undefined;
  for (const date of dates) if (date && (!newest || date > newest)) newest = date;
  return newest;
}
