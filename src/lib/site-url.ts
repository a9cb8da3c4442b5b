/** Absolute addresses: feeds, sitemaps, share cards and structured data need full URLs. */

/** `path` resolved against the site's public address ("/berita/x/" → "https://…/berita/x/"). */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** The host part alone, for calendar UIDs that must stay stable per site. */
export function siteHost(site: URL | string): string {
  return new URL(site).host;
}
