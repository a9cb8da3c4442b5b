/** A calendar of every forum: subscribe once, and changes arrive with each refresh. */
import type { APIRoute } from 'astro';
import { forumCalendar } from '../../data/forum-calendar.ts';
import { getForums } from '../../data/services.ts';
import { renderCalendar } from '../../lib/calendar/ics.ts';

export const GET: APIRoute = async ({ site }) => {
  const forums = [...(await getForums())].sort((a, b) => a.data.start.localeCompare(b.data.start));
  return new Response(renderCalendar(await forumCalendar(forums, site!)), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
};
