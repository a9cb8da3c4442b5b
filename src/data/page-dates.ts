/**
 * When the content behind each public URL last changed: a map from URL path to an ISO date
 * with the office's offset, built from the collections. Pages read their own date from it
 * (for og:updated_time) and the sitemap reads it back from the pages.
 *
 * Sources, in order of trust: the content's own date (a news article's updated or publish
 * date, a standard's review date); otherwise the last commit of the content file(s) behind
 * the page. A list page changes when any entry on it does. Never the build time.
 */
import { dirname } from 'node:path';
import { dayToIso, instantToIso, latest } from '../lib/last-modified.ts';
import { NEWS_PAGE_SIZE, pageCount, pageSlice } from '../lib/paginate.ts';
import { once } from '../lib/once.ts';
import { routes } from '../lib/routes.ts';
import type { ZoneName } from '../lib/time-zones.ts';
import { lastCommitted, lastCommittedUnder } from './content-history.ts';
import { getNewsTags, getPublishedNews, type NewsEntry } from './news.ts';
import { getForums, getServices, type ForumEntry } from './services.ts';
import { getSettings } from './settings.ts';
import { getSurveys } from './surveys.ts';

const SETTINGS_FILE = 'content/settings/office.yaml';

export function newsLastModified(entry: NewsEntry, zone: ZoneName): string {
  return dayToIso(entry.data.updated ?? entry.data.date, zone);
}

export function forumLastModified(forum: ForumEntry, zone: ZoneName): string | undefined {
  const changed = forum.filePath ? lastCommittedUnder(dirname(forum.filePath)) : undefined;
  return changed ? instantToIso(changed, zone) : undefined;
}

const pageDates = once(async (): Promise<Map<string, string>> => {
  const settings = await getSettings();
  const zone = settings.office.timeZone;
  const dates = new Map<string, string | undefined>();
  const committed = (path: string | undefined) => {
    const changed = path ? lastCommitted(path) : undefined;
    return changed ? instantToIso(changed, zone) : undefined;
  };

  const news = await getPublishedNews();
  const newsDate = (entries: readonly NewsEntry[]) => latest(entries.map((entry) => newsLastModified(entry, zone)));
  for (const entry of news) dates.set(routes.newsArticle(entry.id), newsLastModified(entry, zone));
  for (let page = 1; page <= pageCount(news.length, NEWS_PAGE_SIZE); page++) {
    dates.set(routes.newsPage(page), newsDate(pageSlice(news, page, NEWS_PAGE_SIZE)));
  }
  dates.set(routes.news, newsDate(news));
  for (const tag of (await getNewsTags()).values()) {
    for (let page = 1; page <= pageCount(tag.entries.length, NEWS_PAGE_SIZE); page++) {
      dates.set(routes.tagPage(tag.name, page), newsDate(pageSlice(tag.entries, page, NEWS_PAGE_SIZE)));
    }
  }

  const forums = await getForums();
  for (const forum of forums) dates.set(routes.forum(forum.id), forumLastModified(forum, zone));
  dates.set(routes.forums, latest(forums.map((forum) => forumLastModified(forum, zone))));

  const services = await getServices();
  for (const service of services) dates.set(routes.service(service.id), dayToIso(service.data.reviewedOn, zone));
  dates.set(routes.services, latest(services.map((service) => dayToIso(service.data.reviewedOn, zone))));

  dates.set(routes.survey, latest((await getSurveys()).map((survey) => committed(survey.filePath))));

  const settingsChanged = committed(SETTINGS_FILE);
  for (const path of [routes.complaints, routes.pledge, routes.inclusive, routes.integrity, routes.profile, routes.publicInformation]) {
    dates.set(path, settingsChanged);
  }
  dates.set(routes.home, latest([...dates.values()]));

  return new Map([...dates].filter((pair): pair is [string, string] => pair[1] !== undefined));
});

/** The last-modified date of the page at `path`, when its content says. */
export async function lastModifiedOf(path: string): Promise<string | undefined> {
  return (await pageDates()).get(path);
}
