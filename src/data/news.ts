/** Published news only: drafts and future-dated articles never reach a page. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { isPublished, newestFirst, todayIn } from '../lib/publishing.ts';
import { once } from '../lib/once.ts';
import { slugify } from '../lib/text.ts';
import { getBuildNow } from './build-moment.ts';
import { getSettings } from './settings.ts';

export type NewsEntry = CollectionEntry<'news'>;

export const getPublishedNews = once(async (): Promise<NewsEntry[]> => {
  const settings = await getSettings();
  const today = todayIn(settings.office.timeZone, await getBuildNow());
  return newestFirst(await getCollection('news', (entry) => isPublished(entry.data, today)));
});

/** Every tag in use, keyed by slug, with its display form and articles (newest first). */
export const getNewsTags = once(async (): Promise<Map<string, { name: string; entries: NewsEntry[] }>> => {
  const tags = new Map<string, { name: string; entries: NewsEntry[] }>();
  for (const entry of await getPublishedNews()) {
    for (const tag of entry.data.tags) {
      const slug = slugify(tag);
      const bucket = tags.get(slug) ?? { name: tag, entries: [] };
      bucket.entries.push(entry);
      tags.set(slug, bucket);
    }
  }
  return new Map([...tags].sort(([a], [b]) => a.localeCompare(b)));
});
