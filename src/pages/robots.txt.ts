/** robots.txt: everything public may be crawled; the CMS and search results may not. */
import type { APIRoute } from 'astro';
import { feedRoutes } from '../lib/feed-routes.ts';
import { routes } from '../lib/routes.ts';
import { absoluteUrl } from '../lib/site-url.ts';

export const GET: APIRoute = ({ site }) => {
  const body = ['User-agent: *', 'Disallow: /admin/', `Disallow: ${routes.search}`, '', `Sitemap: ${absoluteUrl(feedRoutes.sitemapIndex, site!)}`, ''].join('\n');
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
