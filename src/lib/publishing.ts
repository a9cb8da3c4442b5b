/**
 * What the public may see. A news article is published when it is not a draft and its date
 * has arrived in the office's zone; the build date decides, so a scheduled article appears
 * on the first build on or after its date (the pipelines build every day just after
 * midnight in the office's zone for that reason).
 */
import { buildNow } from './build-clock.ts';
import { instantToLocalDate, type ZoneName } from './time-zones.ts';

export interface Publishable {
  date: string;
  draft: boolean;
}

/** The calendar day of the build's moment in the office's zone (PORTAL_NOW / PORTAL_TODAY override it, see build-clock.ts). */
export function todayIn(zone: ZoneName, now: Date = buildNow(zone)): string {
  return instantToLocalDate(now, zone);
}

export function isPublished(entry: Publishable, today: string): boolean {
  return !entry.draft && entry.date <= today;
}

/** Newest first; ties broken by id so the order is stable between builds. */
export function newestFirst<T extends { id: string; data: { date: string } }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
}
