/** RSS 2.0 feed of published news, newest first. Drafts and future articles never appear. */
import type { APIRoute } from 'astro';
import { getPublishedNews } from '../../data/news.ts';
import { newsLastModified } from '../../data/page-dates.ts';
import { getSettings } from '../../data/settings.ts';
import { renderRss } from '../../lib/feeds/rss.ts';
import { feedRoutes } from '../../lib/feed-routes.ts';
import { dayToIso } from '../../lib/last-modified.ts';
import { routes } from '../../lib/routes.ts';
import { absoluteUrl } from '../../lib/site-url.ts';
import { seo } from '../../strings/seo.ts';

export const GET: APIRoute = async ({ site }) => {
  const settings = await getSettings();
  const zone = settings.office.timeZone;
  const office = settings.office.name;
  const news = await getPublishedNews();
  const body = renderRss({
    title: seo.feeds.newsTitle(office),
    description: seo.feeds.newsDescription(office),
    link: absoluteUrl(routes.news, site!),
    selfUrl: absoluteUrl(feedRoutes.news, site!),
    language: 'id',
    zone,
    items: news.map((entry) => {
      const url = absoluteUrl(routes.newsArticle(entry.id), site!);
      // An update after publication is news to a feed reader; the date says which version.
      const published = entry.data.updated ? newsLastModified(entry, zone) : dayToIso(entry.data.date, zone);
      return {
        title: entry.data.title,
        link: url,
        guid: url,
        guidIsPermaLink: true,
        description: entry.data.summary,
        published,
        categories: entry.data.tags,
      };
    }),
  });
  return new Response(body, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
