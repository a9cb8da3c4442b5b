/** A calendar of the newest forums: subscribe once, and changes arrive with each refresh. */
import type { APIRoute } from 'astro';
import { forumCalendar } from '../../data/forum-calendar.ts';
import { getForums } from '../../data/services.ts';
import { forumsForCalendar } from '../../lib/calendar/calendar-forums.ts';
import { renderCalendar } from '../../lib/calendar/ics.ts';

export const GET: APIRoute = async ({ site }) => {
  const forums = forumsForCalendar(await getForums());
  return new Response(renderCalendar(await forumCalendar(forums, site!)), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
};
