/**
 * Run first by every pipeline: says whether this run must build. A push or a manual run always
 * builds; a scheduled run builds only when time itself changed the site (scripts/publish/due.ts).
 * Prints its reasons in Indonesian, writes `build=true|false` to $GITHUB_OUTPUT when there is
 * one (GitHub, Forgejo), and with --exit-code exits 0 to build and 78 not to (GitLab's shell).
 * The moment is the build's own (PORTAL_NOW / PORTAL_TODAY override it).
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { collectContentFiles } from '../src/content-check/collect.ts';
import { readEntry } from '../src/content-check/read-entries.ts';
import { buildNow } from '../src/lib/build-clock.ts';
import { instantToLocalDateTime, type ZoneName } from '../src/lib/time-zones.ts';
import { publishing as t } from '../src/strings/publishing.ts';
import { dueReasons, type DueArticle, type DueForum, type DueReason } from './publish/due.ts';

export const NOT_DUE_EXIT_CODE = 78;

const root = process.cwd();
const event = process.env.GITHUB_EVENT_NAME ?? process.env.CI_PIPELINE_SOURCE ?? 'manual';

const asText = (value: unknown): string => (value instanceof Date ? value.toISOString().slice(0, 16) : String(value ?? ''));

function decide(): { build: boolean; lines: string[] } {
  if (event !== 'schedule') return { build: true, lines: [t.due.notScheduled(event)] };
  let zone: ZoneName;
  const news: DueArticle[] = [];
  const forums: DueForum[] = [];
  try {
    const settings = parse(readFileSync(join(root, 'content/settings/office.yaml'), 'utf8')) as { office?: { timeZone?: ZoneName } };
    zone = settings.office?.timeZone ?? 'WIB';
    for (const source of collectContentFiles(root)) {
      if (source.collection !== 'news' && source.collection !== 'forums') continue;
      const raw = readEntry(root, source.file, source.id).data;
      const data = (raw !== null && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
      if (source.collection === 'news') news.push({ id: source.id, date: asText(data.date).slice(0, 10), draft: data.draft === true });
      else forums.push({ id: source.id, end: asText(data.end), status: asText(data.status) });
    }
  } catch (error) {
    return { build: true, lines: [t.due.unreadable(error instanceof Error ? error.message : String(error))] };
  }
  const now = buildNow(zone);
  const reasons = dueReasons({ zone, now, news, forums });
  const say = (reason: DueReason) =>
    reason.kind === 'daily' ? t.due.daily(reason.local, zone) : reason.kind === 'article' ? t.due.article(reason.id, reason.date) : t.due.forumEnded(reason.id, reason.end, zone);
  return reasons.length ? { build: true, lines: reasons.map(say) } : { build: false, lines: [t.due.nothing(instantToLocalDateTime(now, zone), zone)] };
}

const { build, lines } = decide();
for (const line of lines) console.log(line);
if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, `build=${build}\n`);
if (process.argv.includes('--exit-code') && !build) process.exit(NOT_DUE_EXIT_CODE);
