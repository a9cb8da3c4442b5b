/**
 * The content check: validates every entry against the schema module and the rules that
 * span entries (references, attachments, images, unique addresses), and returns every
 * problem at once, each with its file, line, field and a fix.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import {
  forumSchema,
  newsSchema,
  serviceSchema,
  settingsSchema,
  surveySchema,
  type CollectionName,
} from '../schema/index.ts';
import { collectContentFiles, type ContentFile } from './collect.ts';
import { readEntry, type RawEntry } from './read-entries.ts';
import { toFieldProblems, validateForEditors } from './issue-messages.ts';
import { bodyLinkRule } from './rules/body-links.ts';
import { topicAddressRule } from './rules/topic-addresses.ts';
import { unusedMedia } from './unused-media.ts';

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

/** An image path helper that checks the file exists next to the entry that names it. */
function imageFor(root: string, entryFile: string) {
  return () =>
    z.string().superRefine((value, ctx) => {
      if (/^(https?:)?\/\//.test(value)) {
        ctx.addIssue({ code: 'custom', message: `Foto harus diunggah ke situs, bukan ditautkan dari alamat lain (${value}).` });
        return;
      }
      const path = join(root, dirname(entryFile), value.replace(/^\//, ''));
      if (!existsSync(path)) {
        ctx.addIssue({
          code: 'custom',
          message: `Berkas foto "${value}" tidak ditemukan di folder ${dirname(entryFile)}. Unggah fotonya lagi atau perbaiki nama berkasnya.`,
        });
      }
    });
}

function schemaFor(collection: CollectionName, root: string, entryFile: string): z.ZodType {
  const image = imageFor(root, entryFile);
  switch (collection) {
    case 'news':
      return newsSchema({ image });
    case 'services':
      return serviceSchema();
    case 'forums':
      return forumSchema({ image, serviceReference: () => z.string().trim().min(1) });
    case 'surveys':
      return surveySchema();
    case 'settings':
      return settingsSchema();
  }
}

export interface CheckedEntry {
  source: ContentFile;
  raw: RawEntry;
  /** Parsed data when the entry passed its schema. */
  data?: Record<string, unknown>;
}

export interface ContentCheckResult {
  entries: CheckedEntry[];
  problems: ContentProblem[];
}

/** Extra rules contributed by other concerns (MDX safety, links), run on every entry. */
export type EntryRule = (entry: CheckedEntry, all: readonly CheckedEntry[]) => ContentProblem[];

export function checkContent(root: string, extraRules: readonly EntryRule[] = []): ContentCheckResult {
  const problems: ContentProblem[] = [];
  const entries: CheckedEntry[] = [];

  for (const source of collectContentFiles(root)) {
    const raw = readEntry(root, source.file, source.id);
    const entry: CheckedEntry = { source, raw };
    entries.push(entry);
    for (const error of raw.readErrors) {
      problems.push({ file: source.file, line: error.line, message: error.message, severity: 'error' });
    }
    if (raw.readErrors.length) continue;

    const schema = schemaFor(source.collection, root, source.file);
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

  problems.push(...crossEntryProblems(root, entries));
  const rules = [bodyLinkRule(root), topicAddressRule, ...extraRules];
  for (const rule of rules) for (const entry of entries) problems.push(...rule(entry, entries));
  problems.push(...unusedMedia(root, entries));
  return { entries, problems };
}

function crossEntryProblems(root: string, entries: readonly CheckedEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const serviceIds = new Set(entries.filter((entry) => entry.source.collection === 'services').map((entry) => entry.source.id));

  if (!entries.some((entry) => entry.source.collection === 'settings' && entry.source.id === 'office')) {
    problems.push({
      file: 'content/settings/office.yaml',
      message: 'Berkas pengaturan kantor tidak ada. Situs memerlukannya untuk nama, alamat, dan kontak kantor.',
      hint: 'Salin contoh pengaturan dari dokumentasi dan isi data kantor Anda.',
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
        message: `Alamat halaman "${id}" sudah dipakai oleh ${previous}. Dua tulisan tidak boleh punya alamat yang sama.`,
        hint: 'Ganti nama berkas atau folder salah satunya.',
        severity: 'error',
      });
    } else seenIds.set(key, file);

    if (RESERVED_IDS[collection]?.has(id)) {
      problems.push({
        file,
        message: `Nama "${id}" dipakai oleh halaman daftar ${collection === 'news' ? 'berita' : 'forum'}, jadi tidak bisa menjadi alamat ${collection === 'news' ? 'berita' : 'forum'}.`,
        hint: `Ganti nama folder ${collection === 'news' ? 'berita' : 'forum'} ini.`,
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
            field: `Standar pelayanan yang dibahas (services.${index})`,
            message: `Standar pelayanan "${serviceId}" tidak ada.`,
            hint: `Pilih salah satu yang ada: ${[...serviceIds].sort().join(', ')}.`,
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
            field: `Hasil forum › Dokumen › nomor ${index + 1} › Berkas PDF (results.attachments.${index}.file)`,
            message: `Berkas "${attachment.file}" tidak ditemukan di folder ${dirname(file)}.`,
            hint: 'Unggah berkas PDF-nya lagi atau perbaiki nama berkasnya.',
            severity: 'error',
          });
        }
      });
    }
  }
  return problems;
}
