/**
 * The content check: validates every entry against the schema module and the rules that
 * span entries (references, attachments, images, unique addresses), and returns every
 * problem at once, each with its file, line, field and a fix.
 *
 * Each file is checked on its own: whatever a file holds, reading it, validating it and every
 * rule about it can at worst become a problem of that file, never stop the check, so the
 * editor still sees every other problem of the run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import {
  forumSchema,
  newsSchema,
  serviceSchema,
  settingsSchema,
  surveySchema,
  type CollectionName,
  type DateWords,
} from '../schema/index.ts';
import { formatDateTimeWithoutZone, formatDateWithDay } from '../lib/dates.ts';
import { collectContentFiles, type ContentFile } from './collect.ts';
import { readEntry, type RawEntry } from './read-entries.ts';
import { toFieldProblems, validateForEditors } from './issue-messages.ts';
import { bodyLinkRule } from './rules/body-links.ts';
import { cleanAddressRule } from './rules/clean-addresses.ts';
import { topicAddressRule } from './rules/topic-addresses.ts';
import { unusedMedia } from './unused-media.ts';
import { listContentTree } from './content-tree.ts';
import { StageCache, entryKey } from '../build-cache/stage-cache.ts';
import { entryCodeVersion, isCachedEntry, type CachedEntry } from './entry-cache.ts';
import { directProbe, factsStillHold, recordingProbe, type FileProbe } from './file-probe.ts';
import { contentCheckText } from '../strings/content-check.ts';
import { singleLine, staysBesideEntry } from '../schema/fields.ts';
import { isOneLineText } from '../schema/text-characters.ts';

export interface ContentProblem {
  file: string;
  line?: number | undefined;
  /** The field's label path, when the problem belongs to one field. */
  field?: string;
  message: string;
  hint?: string | undefined;
  severity: 'error' | 'warning';
}

/** Ids that would collide with the list routes under /berita/ and /forum/. */
const RESERVED_IDS: Partial<Record<CollectionName, ReadonlySet<string>>> = {
  news: new Set(['halaman', 'topik']),
  forums: new Set(['halaman']),
};

/** An image path helper that checks the file is in the entry's own folder and exists there. */
function imageFor(root: string, current: { file: string; files: FileProbe }) {
  return () =>
    singleLine(z.string()).superRefine((value, ctx) => {
      if (!isOneLineText(value)) return; // singleLine has said which character to remove
      if (/^(https?:)?\/\//.test(value)) {
        ctx.addIssue({ code: 'custom', message: contentCheckText.photos.linkedFromElsewhere(value) });
        return;
      }
      const folder = dirname(current.file);
      if (!staysBesideEntry(value)) {
        // Not looked up: a file outside the entry's folder is never the entry's to publish.
        ctx.addIssue({ code: 'custom', message: contentCheckText.photos.outsideFolder(value, folder) });
        return;
      }
      if (!current.files.exists(join(root, folder, value))) {
        ctx.addIssue({
          code: 'custom',
          message: contentCheckText.photos.missing(value, folder),
        });
      }
    });
}

/**
 * One schema per collection for the whole run: building a zod schema costs far more than
 * validating one entry with it. The image helper reads which entry is being checked.
 */
function schemasFor(root: string, current: { file: string; files: FileProbe }): Record<CollectionName, z.ZodType> {
  const image = imageFor(root, current);
  // Rules across fields quote dates as people read them; the office's zone is a setting this
  // check may not have read yet, so times go without it.
  const dates: DateWords = { day: formatDateWithDay, dateTime: formatDateTimeWithoutZone };
  return {
    news: newsSchema({ image, dates }),
    services: serviceSchema(),
    forums: forumSchema({ image, serviceReference: () => singleLine(z.string().trim().min(1)), dates }),
    surveys: surveySchema({ dates }),
    settings: settingsSchema(),
  };
}

export interface CheckedEntry {
  source: ContentFile;
  raw: RawEntry;
  /** Parsed data when the entry passed its schema. */
  data?: Record<string, unknown>;
  /** The file's text, when the check has already read it. */
  text?: string;
}

export interface ContentCheckResult {
  entries: CheckedEntry[];
  problems: ContentProblem[];
  /** Entries whose per-entry checks ran this time (the others came from the cache). */
  validated: number;
}

/** What a rule returns: its problems, or a promise of them for a rule that reads files' bytes. */
export type RuleResult = ContentProblem[] | Promise<ContentProblem[]>;

/**
 * Extra rules contributed by other concerns (MDX safety, links), run on every entry. A rule
 * marked with `perEntry` (see perEntryRule) looks at its entry alone, and at other files
 * only through `files`; its results are cached with the entry. Rules without the mark see
 * every entry on every run.
 */
export type EntryRule<R extends RuleResult = RuleResult> = ((entry: CheckedEntry, all: readonly CheckedEntry[], files: FileProbe) => R) & { perEntry?: string };

/** Marks a rule whose result depends only on its entry and the files it asks `files` about. */
export function perEntryRule<R extends RuleResult>(name: string, rule: (entry: CheckedEntry, all: readonly CheckedEntry[], files: FileProbe) => R): EntryRule<R> {
  return Object.assign(rule, { perEntry: name });
}

export interface CheckOptions {
  /** The content-check folder of the build cache (src/build-cache/); no caching without it. */
  cacheDir?: string | undefined;
}

/** A file that could not be checked at all: one problem, named, instead of a stopped check. */
function uncheckable(file: string): ContentProblem {
  return { file, message: contentCheckText.entries.uncheckable, hint: contentCheckText.entries.uncheckableHint, severity: 'error' };
}

/** Runs one rule on one entry; a rule that fails on what the entry holds reports that as the entry's problem. */
async function runRule(rule: EntryRule, entry: CheckedEntry, all: readonly CheckedEntry[], files: FileProbe): Promise<ContentProblem[]> {
  try {
    return await rule(entry, all, files);
  } catch {
    return [uncheckable(entry.source.file)];
  }
}

/** An entry whose file could not be read or checked: seen by no rule, reported once. */
function unreadEntry(source: ContentFile, text: string): CheckedEntry {
  const raw: RawEntry = { file: source.file, id: source.id, data: {}, body: '', bodyStartLine: 1, lineOf: () => undefined, readErrors: [{ message: contentCheckText.entries.uncheckable }] };
  return { source, raw, text };
}

export async function checkContent(root: string, extraRules: readonly EntryRule[] = [], options: CheckOptions = {}): Promise<ContentCheckResult> {
  const rules: EntryRule[] = [cleanAddressRule, bodyLinkRule(root), topicAddressRule, ...extraRules];
  const entryRules = rules.filter((rule) => rule.perEntry);
  const everyRunRules = rules.filter((rule) => !rule.perEntry);
  const current = { file: '', files: directProbe };
  const schemas = schemasFor(root, current);

  /** Reading and schema validation of one entry (its per-entry rules run once every entry is known). */
  const checkEntry = (source: ContentFile, text: string, files: FileProbe): { entry: CheckedEntry; problems: ContentProblem[] } => {
    try {
      return readAndValidate(source, text, files);
    } catch {
      return { entry: unreadEntry(source, text), problems: [uncheckable(source.file)] };
    }
  };
  const readAndValidate = (source: ContentFile, text: string, files: FileProbe) => {
    const raw = readEntry(root, source.file, source.id, text);
    const entry: CheckedEntry = { source, raw, text };
    const problems: ContentProblem[] = raw.readErrors.map((error) => ({ file: source.file, line: error.line, message: error.message, severity: 'error' }));
    if (!raw.readErrors.length) {
      const schema = schemas[source.collection];
      current.file = source.file;
      current.files = files;
      const parsed = validateForEditors(schema, raw.data);
      if (parsed.success) {
        entry.data = parsed.data as Record<string, unknown>;
      } else {
        for (const problem of toFieldProblems(schema, parsed.error)) {
          const path = problem.path ? problem.path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)) : [];
          problems.push({
            file: source.file,
            line: raw.lineOf(path),
            field: `${problem.label} (${problem.path || '-'})`,
            message: problem.message,
            hint: problem.hint,
            severity: 'error',
          });
        }
      }
    }
    return { entry, problems };
  };

  const version = options.cacheDir ? entryCodeVersion(entryRules.map((rule) => rule.perEntry ?? '')) : '';
  const cache = StageCache.open<CachedEntry>(options.cacheDir, isCachedEntry);
  const entries: CheckedEntry[] = [];
  const problems: ContentProblem[] = [];
  /** Entries checked this run, with the probe their checks used, for the per-entry rules. */
  const fresh: { entry: CheckedEntry; problems: ContentProblem[]; files: ReturnType<typeof recordingProbe>; key: string }[] = [];

  const tree = listContentTree(root);
  for (const source of collectContentFiles(root, tree)) {
    let text: string;
    try {
      text = readFileSync(join(root, source.file), 'utf8');
    } catch {
      entries.push(unreadEntry(source, ''));
      problems.push(uncheckable(source.file));
      continue;
    }
    const key = options.cacheDir ? entryKey(version, [source.file, text]) : '';
    const cached = cache.get(key);
    if (cached && factsStillHold(cached.facts)) {
      entries.push(lazyEntry(source, text, cached.data, () => checkEntry(source, text, directProbe).entry));
      problems.push(...cached.problems);
      continue;
    }
    const files = recordingProbe();
    const checked = checkEntry(source, text, files);
    entries.push(checked.entry);
    fresh.push({ ...checked, files, key });
  }

  for (const item of fresh) {
    for (const rule of entryRules) item.problems.push(...(await runRule(rule, item.entry, entries, item.files)));
    problems.push(...item.problems);
    // Data that would not come back the same from JSON (a date object, say) is never cached.
    const { data } = item.entry;
    if (options.cacheDir && (data === undefined || isDeepStrictEqual(JSON.parse(JSON.stringify(data)), data))) {
      cache.set(item.key, { facts: item.files.facts, problems: item.problems, ...(data ? { data } : {}) });
    }
  }

  problems.push(...crossEntryProblems(root, entries));
  for (const rule of everyRunRules) for (const entry of entries) problems.push(...(await runRule(rule, entry, entries, directProbe)));
  problems.push(...unusedMedia(root, entries, tree));
  cache.save();
  return { entries, problems, validated: fresh.length };
}

/**
 * An entry whose checks came from the cache, with its cached data: it is read and parsed
 * again only if a rule asks for its raw YAML (the line of a field, say), and then only once.
 */
function lazyEntry(source: ContentFile, text: string, data: Record<string, unknown> | undefined, load: () => CheckedEntry): CheckedEntry {
  let loaded: CheckedEntry | undefined;
  const entry = { source, text, ...(data ? { data } : {}) } as CheckedEntry;
  Object.defineProperty(entry, 'raw', { get: () => (loaded ??= load()).raw, enumerable: true });
  return entry;
}

function crossEntryProblems(root: string, entries: readonly CheckedEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const serviceIds = new Set(entries.filter((entry) => entry.source.collection === 'services').map((entry) => entry.source.id));

  if (!entries.some((entry) => entry.source.collection === 'settings' && entry.source.id === 'office')) {
    problems.push({
      file: 'content/settings/office.yaml',
      message: contentCheckText.entries.noOfficeSettings,
      hint: contentCheckText.entries.noOfficeSettingsHint,
      severity: 'error',
    });
  }

  const seenIds = new Map<string, string>();
  for (const entry of entries) {
    const { collection, id, file } = entry.source;
    const key = `${collection}/${id}`;
    const previous = seenIds.get(key);
    if (previous) {
      problems.push({
        file,
        message: contentCheckText.entries.duplicateAddress(id, previous),
        hint: contentCheckText.entries.duplicateAddressHint,
        severity: 'error',
      });
    } else seenIds.set(key, file);

    if (RESERVED_IDS[collection]?.has(id)) {
      problems.push({
        file,
        message: contentCheckText.entries.reservedAddress(id, collection),
        hint: contentCheckText.entries.reservedAddressHint(collection),
        severity: 'error',
      });
    }

    if (collection === 'forums' && entry.data) {
      const services = (entry.data.services as string[] | undefined) ?? [];
      services.forEach((serviceId, index) => {
        if (!serviceIds.has(serviceId)) {
          problems.push({
            file,
            line: entry.raw.lineOf(['services', index]),
            field: contentCheckText.forums.serviceField(index),
            message: contentCheckText.forums.unknownService(serviceId),
            hint: contentCheckText.forums.unknownServiceHint([...serviceIds].sort()),
            severity: 'error',
          });
        }
      });
      const results = entry.data.results as { attachments?: { file: string }[] } | undefined;
      (results?.attachments ?? []).forEach((attachment, index) => {
        if (!existsSync(join(root, dirname(file), attachment.file.replace(/^\.\//, '')))) {
          problems.push({
            file,
            line: entry.raw.lineOf(['results', 'attachments', index, 'file']),
            field: contentCheckText.forums.attachmentField(index),
            message: contentCheckText.forums.missingAttachment(attachment.file, dirname(file)),
            hint: contentCheckText.forums.missingAttachmentHint,
            severity: 'error',
          });
        }
      });
    }
  }
  return problems;
}
