/**
 * Which forums the calendar to subscribe to (/forum/kalender.ics) carries: the newest by
 * start, as many as a feed carries (FEED_ITEM_LIMIT), oldest first, as calendar files list
 * them. Calendar apps fetch a subscribed calendar again and again, so it must not grow with the
 * archive: with every forum in it, the calendar of a 5,000-entry site held 250 events (203 KB)
 * on every refresh. The newest by start include every upcoming forum; older ones keep their own
 * calendar file and page.
 */
import { FEED_ITEM_LIMIT } from '../feeds/rss.ts';

interface Dated {
  id: string;
  data: { start: string };
}

export function forumsForCalendar<T extends Dated>(forums: readonly T[], limit = FEED_ITEM_LIMIT): T[] {
  const byStart = [...forums].sort((a, b) => a.data.start.localeCompare(b.data.start) || a.id.localeCompare(b.id));
  return limit > 0 ? byStart.slice(-limit) : [];
}
