/** Forums as calendar events, shared by the per-forum files and the calendar of all forums. */
import { forumIcsEvent } from '../lib/calendar/forum-event.ts';
import type { IcsCalendar, IcsEvent } from '../lib/calendar/ics.ts';
import { routes } from '../lib/routes.ts';
import { absoluteUrl, siteHost } from '../lib/site-url.ts';
import { localToInstant } from '../lib/time-zones.ts';
import { seo } from '../strings/seo.ts';
import { lastCommittedUnder } from './content-history.ts';
import type { ForumEntry } from './services.ts';
import { getSettings } from './settings.ts';
import { dirname } from 'node:path';

export async function forumCalendarEvent(forum: ForumEntry, site: URL): Promise<IcsEvent> {
  const settings = await getSettings();
  const zone = settings.office.timeZone;
  const changed = forum.filePath ? lastCommittedUnder(dirname(forum.filePath)) : undefined;
  return forumIcsEvent({
    id: forum.id,
    forum: forum.data,
    url: absoluteUrl(routes.forum(forum.id), site),
    host: siteHost(site),
    // DTSTAMP is when this version was written: the last change of the forum's content.
    stamp: changed ?? localToInstant(forum.data.start, zone),
    organizer: { name: settings.office.name, email: settings.office.email },
  });
}

export async function forumCalendar(forums: readonly ForumEntry[], site: URL): Promise<IcsCalendar> {
  const settings = await getSettings();
  const office = settings.office.name;
  return {
    productId: `-//${office}//Portal Informasi Publik//ID`,
    name: seo.calendar.name(office),
    description: seo.calendar.description(office),
    zone: settings.office.timeZone,
    events: await Promise.all(forums.map((forum) => forumCalendarEvent(forum, site))),
  };
}
