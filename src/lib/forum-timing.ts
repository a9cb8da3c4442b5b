/**
 * Forums over time: which list a forum belongs to, and what it says and offers at a given
 * moment. A forum is upcoming until it ends; a cancelled forum whose date has passed belongs to
 * the past list, but a cancelled future forum stays visible at the top so nobody travels to
 * it, and a postponed forum stays among the upcoming ones, because it has not taken place.
 *
 * Time alone changes two things, without anyone editing the forum: once a scheduled forum
 * has ended it says that its results will follow (its status is still "scheduled" until the
 * office publishes them), and from then on it no longer offers to join or to save the date.
 * A postponed or cancelled forum never offers either: its date no longer holds.
 */
import type { ForumStatus } from '../schema/index.ts';
import { localToInstant, type ZoneName } from './time-zones.ts';

export interface Timed {
  start: string;
  end: string;
  status: string;
}

/** A forum's status as readers see it now: the editor's status, or "results will follow" once it has ended. */
export type ShownForumStatus = ForumStatus | 'awaiting-results';

export interface ForumMoment {
  shown: ShownForumStatus;
  /** Its start and end still name when it takes place (it is neither postponed nor cancelled). */
  dateHolds: boolean;
  ended: boolean;
  /** The online link, registration and "save to calendar" are offered. */
  offersJoining: boolean;
}

/** Statuses under which a forum goes ahead on its date; once it has ended, its results follow. */
const GOES_AHEAD: ReadonlySet<string> = new Set(['scheduled', 'rescheduled', 'moved-online']);
const DATE_GONE: ReadonlySet<string> = new Set(['postponed', 'cancelled']);

export function hasEnded(forum: Timed, zone: ZoneName, now: Date): boolean {
  return localToInstant(forum.end, zone).getTime() < now.getTime();
}

export function forumMoment(forum: Timed & { status: ForumStatus }, zone: ZoneName, now: Date): ForumMoment {
  const ended = hasEnded(forum, zone, now);
  const dateHolds = !DATE_GONE.has(forum.status);
  return {
    shown: ended && GOES_AHEAD.has(forum.status) ? 'awaiting-results' : forum.status,
    dateHolds,
    ended,
    offersJoining: dateHolds && !ended && forum.status !== 'held',
  };
}

export function isUpcoming(forum: Timed, zone: ZoneName, now: Date): boolean {
  if (forum.status === 'held') return false;
  return forum.status === 'postponed' || !hasEnded(forum, zone, now);
}

export function splitForums<T extends { data: Timed }>(forums: readonly T[], zone: ZoneName, now: Date) {
  const upcoming = forums
    .filter((forum) => isUpcoming(forum.data, zone, now))
    .sort((a, b) => a.data.start.localeCompare(b.data.start));
  const past = forums
    .filter((forum) => !isUpcoming(forum.data, zone, now))
    .sort((a, b) => b.data.start.localeCompare(a.data.start));
  return { upcoming, past };
}
