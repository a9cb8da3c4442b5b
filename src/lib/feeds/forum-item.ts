/**
 * A forum as a feed item. The guid names the forum's current state (status, start, whether
 * results are out), so every announcement, status change and publication of results reaches
 * feed readers as a new item instead of silently editing an old one.
 */
import type { ForumData } from '../../schema/index.ts';
import { seo } from '../../strings/seo.ts';
import { formatDateTime, formatDateTimeRange } from '../dates.ts';
import type { ZoneName } from '../time-zones.ts';
import type { RssItem } from './rss.ts';

export type FeedForum = Pick<ForumData, 'title' | 'summary' | 'status' | 'statusNote' | 'start' | 'end' | 'previousStart' | 'venue' | 'mode' | 'results'>;

export function forumState(forum: FeedForum): string {
  const results = forum.status === 'held' && forum.results ? '-hasil' : '';
  return `${forum.status}${results}-${forum.start}`;
}

export function forumItemTitle(forum: FeedForum): string {
  const titles = seo.feeds.forumItemTitle;
  if (forum.status === 'held' && forum.results) return titles.heldWithResults(forum.title);
  return titles[forum.status](forum.title);
}

export function forumFeedItem(forum: FeedForum, url: string, published: string, zone: ZoneName): RssItem {
  const lines = [
    forum.statusNote,
    forum.summary,
    `${seo.feeds.when}: ${formatDateTimeRange(forum.start, forum.end, zone)}`,
    forum.previousStart ? `${seo.feeds.previousSchedule}: ${formatDateTime(forum.previousStart, zone)}` : undefined,
    forum.venue && forum.mode !== 'online' && forum.status !== 'moved-online'
      ? `${seo.feeds.where}: ${forum.venue.name}, ${forum.venue.address}`
      : forum.mode === 'online' || forum.status === 'moved-online' ? `${seo.feeds.where}: ${seo.feeds.online}` : undefined,
  ].filter(Boolean);
  return {
    title: forumItemTitle(forum),
    link: url,
    guid: `${url}#${forumState(forum)}`,
    guidIsPermaLink: false,
    description: lines.join('\n'),
    published,
  };
}
