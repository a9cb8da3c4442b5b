/**
 * The public pages of a build, as URL paths: from the sitemap when the build has one (what
 * search engines and readers are sent to), otherwise every built HTML page except the 404
 * page and the CMS.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((match) => match[1] ?? '');
}

export function sitePages(dist: string): string[] {
  const index = `${dist}/sitemap-index.xml`;
  if (existsSync(index)) {
    const sitemaps = locs(readFileSync(index, 'utf8')).map((url) => new URL(url).pathname);
    return sitemaps.flatMap((path) => locs(readFileSync(`${dist}${path}`, 'utf8')).map((url) => new URL(url).pathname)).sort();
  }
  return globSync('**/*.html', { cwd: dist })
    .map((file) => `/${file}`.replace(/index\.html$/, ''))
    .filter((path) => path !== '/404.html' && !path.startsWith('/admin/'))
    .sort();
}
