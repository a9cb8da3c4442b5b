/**
 * Indonesia's three zones have fixed offsets and no daylight saving, so an offset table is
 * exact and avoids depending on the host's time-zone database.
 */
export type ZoneName = 'WIB' | 'WITA' | 'WIT';

export const ZONE_OFFSET_HOURS: Record<ZoneName, number> = { WIB: 7, WITA: 8, WIT: 9 };

/** "+07:00" for WIB, as ISO 8601 and iCalendar consumers expect. */
export function zoneOffset(zone: ZoneName): string {
  return `+${String(ZONE_OFFSET_HOURS[zone]).padStart(2, '0')}:00`;
}

/** A wall-clock "YYYY-MM-DDTHH:mm" in the zone, as an absolute instant. */
export function localToInstant(local: string, zone: ZoneName): Date {
  return new Date(`${local}:00${zoneOffset(zone)}`);
}

/** "2026-12-10T09:00:00+08:00": the local time with its offset. */
export function localToIsoWithOffset(local: string, zone: ZoneName): string {
  return `${local}:00${zoneOffset(zone)}`;
}

/** The calendar day "YYYY-MM-DD" that an instant falls on in the zone. */
export function instantToLocalDate(instant: Date, zone: ZoneName): string {
  const shifted = new Date(instant.getTime() + ZONE_OFFSET_HOURS[zone] * 3_600_000);
  return shifted.toISOString().slice(0, 10);
}

/** The wall-clock "YYYY-MM-DDTHH:mm" of an instant in the zone. */
export function instantToLocalDateTime(instant: Date, zone: ZoneName): string {
  const shifted = new Date(instant.getTime() + ZONE_OFFSET_HOURS[zone] * 3_600_000);
  return shifted.toISOString().slice(0, 16);
}
