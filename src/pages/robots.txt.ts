/**
 * robots.txt: everything public may be crawled; the CMS and search results may not. A preview
 * build (PORTAL_NOINDEX) disallows everything and names no sitemap.
 */
import type { APIRoute } from 'astro';
import { feedRoutes } from '../lib/feed-routes.ts';
import { routes } from '../lib/routes.ts';
import { isNoindexBuild } from '../lib/noindex-build.ts';
import { absoluteUrl } from '../lib/site-url.ts';

export const GET: APIRoute = ({ site }) => {
  if (isNoindexBuild()) return new Response('User-agent: *\nDisallow: /\n', { headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const body = ['User-agent: *', 'Disallow: /admin/', `Disallow: ${routes.search}`, '', `Sitemap: ${absoluteUrl(feedRoutes.sitemapIndex, site!)}`, ''].join('\n');
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
