/**
 * The moment this build treats as now (lib/build-clock.ts: the clock, or PORTAL_NOW /
 * PORTAL_TODAY), read once per build so every page of one build agrees on it, and what each
 * forum says and offers at that moment.
 */
import { buildNow } from '../lib/build-clock.ts';
import { forumMoment, type ForumMoment } from '../lib/forum-timing.ts';
import { once } from '../lib/once.ts';
import type { ForumEntry } from './services.ts';
import { getSettings } from './settings.ts';

export const getBuildNow = once(async (): Promise<Date> => buildNow((await getSettings()).office.timeZone));

export async function forumMomentOf(forum: ForumEntry): Promise<ForumMoment> {
  return forumMoment(forum.data, (await getSettings()).office.timeZone, await getBuildNow());
}
