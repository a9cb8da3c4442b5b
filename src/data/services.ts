/** Service standards in their display order, each with the forums that reviewed it. */
import { getCollection, type CollectionEntry } from 'astro:content';

export type ServiceEntry = CollectionEntry<'services'>;
export type ForumEntry = CollectionEntry<'forums'>;

let cachedServices: ServiceEntry[] | undefined;
let cachedForums: ForumEntry[] | undefined;

export async function getServices(): Promise<ServiceEntry[]> {
  cachedServices ??= (await getCollection('services')).sort(
    (a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'id'),
  );
  return cachedServices;
}

export async function getForums(): Promise<ForumEntry[]> {
  cachedForums ??= await getCollection('forums');
  return cachedForums;
}

/** Forums that list this service, newest first: the reverse of each forum's `services`. */
export async function getForumsReviewing(serviceId: string): Promise<ForumEntry[]> {
  return (await getForums())
    .filter((forum) => forum.data.services.some((ref) => ref.id === serviceId))
    .sort((a, b) => b.data.start.localeCompare(a.data.start));
}
