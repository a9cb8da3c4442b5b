/**
 * RSS 2.0 written by hand: a handful of elements, every URL absolute, every date in RFC 822
 * form with the office's offset ("Thu, 10 Dec 2026 09:00:00 +0700"), an atom:link to itself as
 * feed validators ask, and only the newest items, newest first. Every text goes through
 * escapeXml (src/lib/xml-text.ts), so what editors write stays text in every feed reader.
 */
import { ZONE_OFFSET_HOURS, type ZoneName } from '../time-zones.ts';
import { escapeXml } from '../xml-text.ts';

export interface RssItem {
  title: string;
  link: string;
  guid: string;
  /** Whether the guid is the item's address; status-specific guids are not. */
  guidIsPermaLink: boolean;
  description: string;
  /** ISO 8601 with offset. */
  published: string;
  categories?: readonly string[];
}

export interface RssChannel {
  title: string;
  description: string;
  link: string;
  selfUrl: string;
  language: string;
  zone: ZoneName;
  items: readonly RssItem[];
}

/**
 * Items a feed carries: the newest 50. Feed readers poll a feed again and again and only need
 * what is new since their last visit; with every article in it, the news feed of a 5,000-article
 * archive weighed 2.5 MB (370 KB compressed) on every poll. Older items stay on the site's lists
 * and in the sitemap.
 */
export const FEED_ITEM_LIMIT = 50;

/** The newest `limit` items, newest first; items published at the same moment keep their order. */
export function newestItems(items: readonly RssItem[], limit = FEED_ITEM_LIMIT): RssItem[] {
  return items
    .map((item, index) => ({ item, index, time: new Date(item.published).getTime() }))
    .sort((a, b) => b.time - a.time || a.index - b.index)
    .slice(0, limit)
    .map(({ item }) => item);
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An instant written as RFC 822 in the office's zone. */
export function rfc822(iso: string, zone: ZoneName): string {
  const hours = ZONE_OFFSET_HOURS[zone];
  const local = new Date(new Date(iso).getTime() + hours * 3_600_000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${DAYS[local.getUTCDay()]}, ${pad(local.getUTCDate())} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())} +${pad(hours)}00`;
}

function itemXml(item: RssItem, zone: ZoneName): string {
  return [
    '<item>',
    `<title>${escapeXml(item.title)}</title>`,
    `<link>${escapeXml(item.link)}</link>`,
    `<guid isPermaLink="${item.guidIsPermaLink}">${escapeXml(item.guid)}</guid>`,
    `<pubDate>${rfc822(item.published, zone)}</pubDate>`,
    `<description>${escapeXml(item.description)}</description>`,
    ...(item.categories ?? []).map((category) => `<category>${escapeXml(category)}</category>`),
    '</item>',
  ].join('');
}

export function renderRss(channel: RssChannel): string {
  const items = newestItems(channel.items);
  const newest = items[0]?.published;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${escapeXml(channel.title)}</title>`,
    `<link>${escapeXml(channel.link)}</link>`,
    `<description>${escapeXml(channel.description)}</description>`,
    `<language>${escapeXml(channel.language)}</language>`,
    `<atom:link href="${escapeXml(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`,
    ...(newest ? [`<lastBuildDate>${rfc822(newest, channel.zone)}</lastBuildDate>`] : []),
    ...items.map((item) => itemXml(item, channel.zone)),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}
