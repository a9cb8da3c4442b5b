/**
 * RSS 2.0 feed of public consultation forums: each announcement, status change and
 * publication of results is an item, newest change first.
 */
import type { APIRoute } from 'astro';
import { forumMomentOf } from '../../data/build-moment.ts';
import { forumLastModified } from '../../data/page-dates.ts';
import { getForums } from '../../data/services.ts';
import { getSettings } from '../../data/settings.ts';
import { forumFeedItem } from '../../lib/feeds/forum-item.ts';
import { renderRss } from '../../lib/feeds/rss.ts';
import { feedRoutes } from '../../lib/feed-routes.ts';
import { routes } from '../../lib/routes.ts';
import { absoluteUrl } from '../../lib/site-url.ts';
import { localToIsoWithOffset } from '../../lib/time-zones.ts';
import { seo } from '../../strings/seo.ts';

export const GET: APIRoute = async ({ site }) => {
  const settings = await getSettings();
  const zone = settings.office.timeZone;
  const office = settings.office.name;
  const items = await Promise.all((await getForums()).map(async (forum) =>
    forumFeedItem(
      forum.data,
      await forumMomentOf(forum),
      absoluteUrl(routes.forum(forum.id), site!),
      // The last change of the forum's content; outside a repository, the forum's own start.
      forumLastModified(forum, zone) ?? localToIsoWithOffset(forum.data.start, zone),
      zone,
    ),
  ));
  // renderRss puts the newest first and keeps this order between forums changed at the same moment.
  items.sort((a, b) => a.link.localeCompare(b.link));
  const body = renderRss({
    title: seo.feeds.forumsTitle(office),
    description: seo.feeds.forumsDescription(office),
    link: absoluteUrl(routes.forums, site!),
    selfUrl: absoluteUrl(feedRoutes.forums, site!),
    language: 'id',
    zone,
    items,
  });
  return new Response(body, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
