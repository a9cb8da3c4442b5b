/** Sitemap protocol 0.9: URL sets split into files of at most `limit` URLs, and their index. */
import { escapeXml } from '../xml-text.ts';
import { latest } from '../last-modified.ts';

export interface SitemapEntry {
  url: string;
  lastModified?: string | undefined;
}

/** The protocol allows 50,000 URLs a file; a margin keeps files well under 50 MB too. */
export const SITEMAP_FILE_LIMIT = 45_000;

const NAMESPACE = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks.length ? chunks : [[]];
}

export function urlSetXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(
    (entry) => `<url><loc>${escapeXml(entry.url)}</loc>${entry.lastModified ? `<lastmod>${escapeXml(entry.lastModified)}</lastmod>` : ''}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${NAMESPACE}">\n${urls.join('\n')}\n</urlset>\n`;
}

export function sitemapIndexXml(files: readonly { url: string; entries: readonly SitemapEntry[] }[]): string {
  const sitemaps = files.map((file) => {
    const lastModified = latest(file.entries.map((entry) => entry.lastModified));
    return `<sitemap><loc>${escapeXml(file.url)}</loc>${lastModified ? `<lastmod>${escapeXml(lastModified)}</lastmod>` : ''}</sitemap>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${NAMESPACE}">\n${sitemaps.join('\n')}\n</sitemapindex>\n`;
}
