/**
 * A forum as a feed item. The guid names the forum's current state (its status as readers see
 * it, its start, whether results are out), so every announcement, status change, the end of
 * the forum and the publication of results reach feed readers as a new item instead of
 * silently editing an old one. A postponed or cancelled forum names its former date as no
 * longer holding, and no place to go.
 */
import type { ForumData } from '../../schema/index.ts';
import { forumMoments } from '../../strings/forum-moments.ts';
import { seo } from '../../strings/seo.ts';
import { formatDateTime, formatDateTimeRange } from '../dates.ts';
import type { ForumMoment } from '../forum-timing.ts';
import { localToIsoWithOffset, type ZoneName } from '../time-zones.ts';
import type { RssItem } from './rss.ts';

export type FeedForum = Pick<ForumData, 'title' | 'summary' | 'status' | 'statusNote' | 'start' | 'end' | 'previousStart' | 'venue' | 'mode' | 'results'>;
export type FeedMoment = Pick<ForumMoment, 'shown' | 'dateHolds'>;

export function forumState(forum: FeedForum, moment: FeedMoment): string {
  const results = forum.status === 'held' && forum.results ? '-hasil' : '';
  return `${moment.shown}${results}-${forum.start}`;
}

export function forumItemTitle(forum: FeedForum, moment: FeedMoment): string {
  const titles = seo.feeds.forumItemTitle;
  if (forum.status === 'held' && forum.results) return titles.heldWithResults(forum.title);
  if (moment.shown === 'awaiting-results') return forumMoments.feedTitle(forum.title);
  return titles[forum.status](forum.title);
}

/**
 * When the item's state began: the last change of the forum's content, or, for a forum that
 * has ended and awaits its results, its end when that came later (nobody edited anything).
 */
export function forumItemPublished(lastChange: string, forum: FeedForum, moment: FeedMoment, zone: ZoneName): string {
  if (moment.shown !== 'awaiting-results') return lastChange;
  const ended = localToIsoWithOffset(forum.end, zone);
  return new Date(ended).getTime() > new Date(lastChange).getTime() ? ended : lastChange;
}

function whenLines(forum: FeedForum, moment: FeedMoment, zone: ZoneName): (string | undefined)[] {
  const range = formatDateTimeRange(forum.start, forum.end, zone);
  if (!moment.dateHolds) {
    return [`${forumMoments.formerSchedule}: ${range}`, forum.status === 'postponed' ? forumMoments.feedNewDateToFollow : undefined];
  }
  return [`${seo.feeds.when}: ${range}`, forum.previousStart ? `${seo.feeds.previousSchedule}: ${formatDateTime(forum.previousStart, zone)}` : undefined];
}

function whereLine(forum: FeedForum, moment: FeedMoment): string | undefined {
  if (!moment.dateHolds) return undefined;
  if (forum.venue && forum.mode !== 'online' && forum.status !== 'moved-online') return `${seo.feeds.where}: ${forum.venue.name}, ${forum.venue.address}`;
  if (forum.mode === 'online' || forum.status === 'moved-online') return `${seo.feeds.where}: ${seo.feeds.online}`;
  return undefined;
}

export function forumFeedItem(forum: FeedForum, moment: FeedMoment, url: string, published: string, zone: ZoneName): RssItem {
  const lines = [
    forum.statusNote,
    moment.shown === 'awaiting-results' ? forumMoments.awaitingResultsNotice : undefined,
    forum.summary,
    ...whenLines(forum, moment, zone),
    whereLine(forum, moment),
  ].filter(Boolean);
  return {
    title: forumItemTitle(forum, moment),
    link: url,
    guid: `${url}#${forumState(forum, moment)}`,
    guidIsPermaLink: false,
    description: lines.join('\n'),
    published: forumItemPublished(published, forum, moment, zone),
  };
}
