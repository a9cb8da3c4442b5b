/**
 * A forum as a calendar event. The UID never changes, so a calendar that imported the forum
 * once updates it when the file is opened again; STATUS and SEQUENCE follow the forum's
 * status so a postponement or cancellation replaces the old entry instead of adding one.
 *
 * A postponed forum has no date that holds: its entry is CANCELLED (calendars take it off the
 * old day) until the office gives the new date, when the same UID comes back CONFIRMED with a
 * higher SEQUENCE. Neither a postponed nor a cancelled forum carries its online link or place.
 */
import type { ForumData, ForumStatus } from '../../schema/index.ts';
import { forumMoments } from '../../strings/forum-moments.ts';
import { seo } from '../../strings/seo.ts';
import type { IcsEvent, IcsStatus } from './ics.ts';

const ICS_STATUS: Record<ForumStatus, IcsStatus> = {
  scheduled: 'CONFIRMED',
  postponed: 'CANCELLED',
  rescheduled: 'CONFIRMED',
  'moved-online': 'CONFIRMED',
  cancelled: 'CANCELLED',
  held: 'CONFIRMED',
};

/**
 * SEQUENCE must grow with every change a calendar should apply. It is derived from the
 * forum's state, following the usual life of a forum: scheduled (0) → postponed (1) →
 * rescheduled (2, because a previous start is recorded) → moved online (3) or cancelled (5).
 * Cancelling always outranks any earlier state. "Held" changes nothing in a calendar, so it
 * adds nothing.
 */
const STATUS_STEP: Record<ForumStatus, number> = {
  scheduled: 0,
  held: 0,
  rescheduled: 0,
  postponed: 1,
  'moved-online': 1,
  cancelled: 3,
};

export function icsStatus(status: ForumStatus): IcsStatus {
  return ICS_STATUS[status];
}

export function icsSequence(forum: Pick<ForumData, 'status' | 'previousStart'>): number {
  return (forum.previousStart ? 2 : 0) + STATUS_STEP[forum.status];
}

export type CalendarForum = Pick<
  ForumData,
  'title' | 'summary' | 'status' | 'statusNote' | 'start' | 'end' | 'previousStart' | 'mode' | 'venue' | 'onlineLink'
>;

export interface ForumEventInput {
  id: string;
  forum: CalendarForum;
  url: string;
  host: string;
  stamp: Date;
  organizer: { name: string; email: string };
}

/** Where to go: the hall, the online link, or both for a hybrid forum. */
export function forumLocation(forum: CalendarForum): string | undefined {
  const online = forum.status === 'moved-online' || forum.mode === 'online';
  const hall = !online && forum.venue ? `${forum.venue.name}, ${forum.venue.address}` : undefined;
  const link = (online || forum.mode === 'hybrid') && forum.onlineLink ? forum.onlineLink : undefined;
  if (hall && link) return `${hall} / ${seo.feeds.online}: ${link}`;
  return hall ?? link ?? (online ? seo.feeds.online : undefined);
}

/** The date no longer holds: the entry is taken off the calendar, and nobody is sent anywhere. */
const DATE_GONE: Partial<Record<ForumStatus, string>> = {
  postponed: forumMoments.calendarPostponed,
  cancelled: forumMoments.calendarCancelled,
};

export function forumIcsEvent({ id, forum, url, host, stamp, organizer }: ForumEventInput): IcsEvent {
  const gone = DATE_GONE[forum.status];
  const description = [
    forum.statusNote,
    gone,
    forum.summary,
    forum.onlineLink && !gone ? `${seo.calendar.onlineLink}: ${forum.onlineLink}` : undefined,
    `${seo.calendar.details}: ${url}`,
  ].filter(Boolean);
  return {
    uid: `forum-${id}@${host}`,
    sequence: icsSequence(forum),
    status: icsStatus(forum.status),
    stamp,
    start: forum.start,
    end: forum.end,
    summary: `${seo.calendar.summaryPrefix[forum.status]}${forum.title}`,
    description: description.join('\n\n'),
    location: gone ? undefined : forumLocation(forum),
    url,
    organizer,
  };
}
