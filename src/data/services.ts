/** Service standards in their display order, each with the forums that reviewed it. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { once } from '../lib/once.ts';

export type ServiceEntry = CollectionEntry<'services'>;
export type ForumEntry = CollectionEntry<'forums'>;

export const getServices = once(async (): Promise<ServiceEntry[]> =>
  (await getCollection('services')).sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'id')),
);

export const getForums = once((): Promise<ForumEntry[]> => getCollection('forums'));

/** Forums that list this service, newest first: the reverse of each forum's `services`. */
export async function getForumsReviewing(serviceId: string): Promise<ForumEntry[]> {
  return (await getForums())
    .filter((forum) => forum.data.services.some((ref) => ref.id === serviceId))
    .sort((a, b) => b.data.start.localeCompare(a.data.start));
}
