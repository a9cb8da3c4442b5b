/**
 * Upcoming versus past forums. A forum is upcoming until it ends; cancelled forums whose
 * date has passed belong to the past list, but a cancelled future forum stays visible at the
 * top so nobody travels to it.
 */
import { localToInstant, type ZoneName } from './time-zones.ts';

export interface Timed {
  start: string;
  end: string;
  status: string;
}

export function isUpcoming(forum: Timed, zone: ZoneName, now: Date = new Date()): boolean {
  return localToInstant(forum.end, zone).getTime() >= now.getTime() && forum.status !== 'held';
}

export function splitForums<T extends { data: Timed }>(forums: readonly T[], zone: ZoneName, now: Date = new Date()) {
  const upcoming = forums
    .filter((forum) => isUpcoming(forum.data, zone, now))
    .sort((a, b) => a.data.start.localeCompare(b.data.start));
  const past = forums
    .filter((forum) => !isUpcoming(forum.data, zone, now))
    .sort((a, b) => b.data.start.localeCompare(a.data.start));
  return { upcoming, past };
}
