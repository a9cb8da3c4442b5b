/**
 * A public consultation forum as an Event. Status changes map to schema.org's event
 * statuses so search results show a postponement or cancellation, and a forum moved online
 * stops pointing people at a hall. The online link is given only while the forum can still
 * be joined: a postponed, cancelled or finished forum points at its page instead. The start
 * stays the original one while a forum is postponed, as schema.org asks for EventPostponed.
 */
import type { ForumData, ForumMode, ForumStatus } from '../../schema/index.ts';
import { forumMoments } from '../../strings/forum-moments.ts';
import type { ForumMoment } from '../forum-timing.ts';
import { localToIsoWithOffset, type ZoneName } from '../time-zones.ts';
import { COUNTRY } from './organization.ts';
import type { JsonLdNode, JsonLdReference, PublishedImage } from './types.ts';

const EVENT_STATUS: Record<ForumStatus, string> = {
  scheduled: 'https://schema.org/EventScheduled',
  postponed: 'https://schema.org/EventPostponed',
  rescheduled: 'https://schema.org/EventRescheduled',
  'moved-online': 'https://schema.org/EventMovedOnline',
  cancelled: 'https://schema.org/EventCancelled',
  // A forum that took place as planned keeps the status it had: it was scheduled.
  held: 'https://schema.org/EventScheduled',
};

const ATTENDANCE_MODE: Record<ForumMode, string> = {
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  online: 'https://schema.org/OnlineEventAttendanceMode',
  hybrid: 'https://schema.org/MixedEventAttendanceMode',
};

export function eventStatus(status: ForumStatus): string {
  return EVENT_STATUS[status];
}

/** How people attend now: a forum moved online is online whatever was planned. */
export function attendanceMode(forum: Pick<ForumData, 'mode' | 'status'>): string {
  return ATTENDANCE_MODE[forum.status === 'moved-online' ? 'online' : forum.mode];
}

export type EventForum = Pick<
  ForumData,
  'title' | 'summary' | 'status' | 'start' | 'end' | 'previousStart' | 'mode' | 'venue' | 'onlineLink' | 'invited'
>;

export interface EventInput {
  forum: EventForum;
  /** What the forum says and offers at the build's moment (forumMoment). */
  moment: Pick<ForumMoment, 'shown' | 'offersJoining'>;
  url: string;
  zone: ZoneName;
  /** The office's province, for the venue's address (venues carry one address line). */
  region: string;
  images: readonly PublishedImage[];
  organizer: JsonLdReference;
}

function locations(forum: EventForum, joinable: boolean, url: string, region: string): JsonLdNode[] {
  const online: JsonLdNode = { '@type': 'VirtualLocation', url: (joinable && forum.onlineLink) || url };
  const inPerson = forum.venue && forum.status !== 'moved-online' && forum.mode !== 'online';
  const place: JsonLdNode | undefined = inPerson
    ? {
        '@type': 'Place',
        name: forum.venue!.name,
        address: { '@type': 'PostalAddress', streetAddress: forum.venue!.address, addressRegion: region, addressCountry: COUNTRY },
        ...(forum.venue!.mapUrl ? { hasMap: forum.venue!.mapUrl } : {}),
      }
    : undefined;
  const mode = forum.status === 'moved-online' ? 'online' : forum.mode;
  if (mode === 'in-person' && place) return [place];
  if (mode === 'hybrid' && place) return [place, online];
  return [online];
}

export function forumEvent({ forum, moment, url, zone, region, images, organizer }: EventInput): JsonLdNode {
  const where = locations(forum, moment.offersJoining, url, region);
  return {
    '@type': 'Event',
    '@id': `${url}#acara`,
    url,
    name: forum.title,
    description: moment.shown === 'awaiting-results' ? forumMoments.awaitingResultsDescription(forum.summary) : forum.summary,
    startDate: localToIsoWithOffset(forum.start, zone),
    endDate: localToIsoWithOffset(forum.end, zone),
    ...(forum.previousStart ? { previousStartDate: localToIsoWithOffset(forum.previousStart, zone) } : {}),
    eventStatus: eventStatus(forum.status),
    eventAttendanceMode: attendanceMode(forum),
    location: where.length === 1 ? where[0] : where,
    organizer,
    image: images.map((image) => ({ '@type': 'ImageObject', url: image.url, width: image.width, height: image.height })),
    isAccessibleForFree: true,
    inLanguage: 'id',
    audience: forum.invited.map((group) => ({ '@type': 'Audience', audienceType: group })),
  };
}
