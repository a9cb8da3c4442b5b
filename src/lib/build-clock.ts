/**
 * The moment a build treats as "now". Everything that changes with time alone — a news
 * article whose date arrives, a forum that ends — is decided at build time, so the site is
 * as current as its last build (the pipelines build on a schedule for that reason).
 *
 * Two overrides make a build of a chosen moment, for tests and for checking a schedule:
 *   PORTAL_NOW=2027-01-20T10:00   the office's wall-clock time (its zone from the settings);
 *   PORTAL_TODAY=2027-01-20       the start of that day, as the daily build just after
 *                                 midnight sees it.
 * PORTAL_NOW wins when both are set. A malformed value is ignored, like an unset one.
 */
import { instantToLocalDateTime, localToInstant, type ZoneName } from './time-zones.ts';

export interface ClockOverrides {
  PORTAL_NOW?: string | undefined;
  PORTAL_TODAY?: string | undefined;
}

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The instant of a wall-clock value that names a real moment (Date rolls 2027-02-30 over into March). */
function validInstant(local: string, zone: ZoneName): Date | undefined {
  const instant = localToInstant(local, zone);
  if (Number.isNaN(instant.getTime())) return undefined;
  return instantToLocalDateTime(instant, zone) === local ? instant : undefined;
}

export function buildNow(zone: ZoneName, overrides: ClockOverrides = process.env, clock: Date = new Date()): Date {
  const now = overrides.PORTAL_NOW?.trim();
  if (now && LOCAL_DATE_TIME.test(now)) {
    const instant = validInstant(now, zone);
    if (instant) return instant;
  }
  const today = overrides.PORTAL_TODAY?.trim();
  if (today && LOCAL_DATE.test(today)) {
    const instant = validInstant(`${today}T00:00`, zone);
    if (instant) return instant;
  }
  return clock;
}
