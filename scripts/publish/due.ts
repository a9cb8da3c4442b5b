/**
 * Whether a scheduled run has anything to publish. The pipelines run every hour (cron can say
 * "hourly", never "hourly on the days a forum ends", which depends on the content), and most
 * hours nothing on the site changes by the passage of time alone: the run then stops after
 * this check instead of building. A run builds when
 *   - it is the office's midnight hour: the daily build, which also publishes articles whose
 *     day has come (and anything a missed run left behind);
 *   - an article's day began, or a forum ended, within the last LOOKBACK_HOURS: longer than
 *     the gap between two runs, so one late or skipped run (hosted schedulers drop some)
 *     loses nothing, at the price of building twice for the same change.
 * A postponed forum's end changes nothing (it stays upcoming), nor does a held one's.
 */
import { localToInstant, instantToLocalDateTime, type ZoneName } from '../../src/lib/time-zones.ts';

export const LOOKBACK_HOURS = 2;

export interface DueArticle {
  id: string;
  date: string;
  draft: boolean;
}

export interface DueForum {
  id: string;
  end: string;
  status: string;
}

export type DueReason =
  | { kind: 'daily'; local: string }
  | { kind: 'article'; id: string; date: string }
  | { kind: 'forum-ended'; id: string; end: string };

export interface DueInput {
  zone: ZoneName;
  now: Date;
  news: readonly DueArticle[];
  forums: readonly DueForum[];
  lookbackHours?: number;
}

const UNCHANGED_BY_ITS_END: ReadonlySet<string> = new Set(['postponed', 'held']);

export function dueReasons({ zone, now, news, forums, lookbackHours = LOOKBACK_HOURS }: DueInput): DueReason[] {
  const from = now.getTime() - lookbackHours * 3_600_000;
  const within = (instant: Date) => instant.getTime() > from && instant.getTime() <= now.getTime();
  const local = instantToLocalDateTime(now, zone);
  const reasons: DueReason[] = [];
  if (local.slice(11, 13) === '00') reasons.push({ kind: 'daily', local });
  for (const article of news) {
    if (!article.draft && within(localToInstant(`${article.date}T00:00`, zone))) reasons.push({ kind: 'article', id: article.id, date: article.date });
  }
  for (const forum of forums) {
    if (!UNCHANGED_BY_ITS_END.has(forum.status) && within(localToInstant(forum.end, zone))) reasons.push({ kind: 'forum-ended', id: forum.id, end: forum.end });
  }
  return reasons;
}
