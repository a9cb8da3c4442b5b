/**
 * What the build should contain, computed from content/ with the portal's own rules (the
 * content checker's reading and the publishing rule), never hard-coded.
 */
import { checkContent, type CheckedEntry } from '../../src/content-check/check-content.ts';
import { isPublished, todayIn } from '../../src/lib/publishing.ts';
import type { ZoneName } from '../../src/lib/time-zones.ts';
import { projectRoot } from './paths.ts';

export interface ExpectedEntry {
  id: string;
  file: string;
  data: Record<string, any>;
}

export interface ExpectedContent {
  zone: ZoneName;
  today: string;
  publishedNews: ExpectedEntry[];
  unpublishedNews: (ExpectedEntry & { reason: 'draft' | 'future' })[];
  services: ExpectedEntry[];
  forums: ExpectedEntry[];
  surveys: ExpectedEntry[];
  settings: Record<string, any>;
}

let cache: ExpectedContent | undefined;

export async function expectedContent(): Promise<ExpectedContent> {
  if (cache) return cache;
  const { entries, problems } = await checkContent(projectRoot);
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length) throw new Error(`content/ has problems, the build cannot have passed: ${JSON.stringify(errors, null, 2)}`);
  const of = (collection: string): ExpectedEntry[] =>
    entries
      .filter((entry: CheckedEntry) => entry.source.collection === collection)
      .map((entry) => ({ id: entry.source.id, file: entry.source.file, data: entry.data ?? {} }));
  const settings = of('settings')[0]!.data;
  const zone = settings.office.timeZone as ZoneName;
  const today = todayIn(zone);
  const news = of('news');
  cache = {
    zone,
    today,
    publishedNews: news.filter((entry) => isPublished(entry.data as { date: string; draft: boolean }, today)),
    unpublishedNews: news
      .filter((entry) => !isPublished(entry.data as { date: string; draft: boolean }, today))
      .map((entry) => ({ ...entry, reason: entry.data.draft ? ('draft' as const) : ('future' as const) })),
    services: of('services'),
    forums: of('forums'),
    surveys: of('surveys'),
    settings,
  };
  return cache;
}
