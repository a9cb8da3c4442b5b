/** One forum as an .ics file, behind the "Simpan ke kalender" link on its page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { forumCalendar } from '../../../data/forum-calendar.ts';
import { getForums, type ForumEntry } from '../../../data/services.ts';
import { renderCalendar } from '../../../lib/calendar/ics.ts';

export const getStaticPaths = (async () => {
  return (await getForums()).map((forum) => ({ params: { slug: forum.id }, props: { forum } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ forum: ForumEntry }> = async ({ props, site }) => {
  return new Response(renderCalendar(await forumCalendar([props.forum], site!)), {
    headers: { 'content-type': 'text/calendar; charset=utf-8' },
  });
};
