/**
 * Reads what a built page says about itself (robots, canonical address, last change, share
 * image, title) from its <head>. The sitemap and the share cards are derived from the pages
 * as built, so they cannot list a page that was not built or miss one that was.
 */
export interface PageMeta {
  noindex: boolean;
  canonical?: string;
  lastModified?: string;
  title?: string;
  siteName?: string;
  image?: string;
}

function attributes(tag: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const match of tag.matchAll(/([a-zA-Z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    result[match[1]!.toLowerCase()] = decodeEntities(match[2] ?? match[3] ?? '');
  }
  return result;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&');
}

export function readPageMeta(html: string): PageMeta {
  const head = html.slice(0, Math.max(0, html.indexOf('</head>')) || html.length);
  const meta: PageMeta = { noindex: false };
  for (const match of head.matchAll(/<(meta|link)\b[^>]*>/gi)) {
    const attrs = attributes(match[0]);
    const key = attrs['name'] ?? attrs['property'];
    if (match[1]!.toLowerCase() === 'link') {
      if (attrs['rel'] === 'canonical' && attrs['href']) meta.canonical = attrs['href'];
      continue;
    }
    const content = attrs['content'];
    if (!key || content === undefined) continue;
    if (key === 'robots' && /noindex/i.test(content)) meta.noindex = true;
    if (key === 'og:updated_time') meta.lastModified = content;
    if (key === 'og:title') meta.title = content;
    if (key === 'og:site_name') meta.siteName = content;
    if (key === 'og:image') meta.image = content;
  }
  return meta;
}
