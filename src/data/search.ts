/**
 * How each kind of entry appears in the site search: its content type and the date a reader
 * cares about. Entry pages pass these to BaseLayout, and the search page offers exactly the
 * years they produce, so the two cannot disagree.
 */
import type { SearchEntry } from '../lib/search-meta.ts';
import { getPublishedNews, type NewsEntry } from './news.ts';
import { getForums, getServices, type ForumEntry, type ServiceEntry } from './services.ts';

export const searchEntryOf = {
  news: (entry: NewsEntry): SearchEntry => ({ type: 'berita', date: entry.data.date }),
  /** A standard is dated by when it was set or last reviewed. */
  service: (entry: ServiceEntry): SearchEntry => ({ type: 'layanan', date: entry.data.reviewedOn }),
  /** A forum is dated by the day it is (or was) held. */
  forum: (entry: ForumEntry): SearchEntry => ({ type: 'forum', date: entry.data.start }),
};

/** Every year a searchable entry carries, newest first. */
export async function getSearchYears(): Promise<string[]> {
  const entries: SearchEntry[] = [
    ...(await getPublishedNews()).map(searchEntryOf.news),
    ...(await getServices()).map(searchEntryOf.service),
    ...(await getForums()).map(searchEntryOf.forum),
  ];
  const years = new Set(entries.flatMap((entry) => (entry.date ? [entry.date.slice(0, 4)] : [])));
  return [...years].sort().reverse();
}
