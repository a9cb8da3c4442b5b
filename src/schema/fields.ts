/**
 * Field builders shared by every content schema.
 *
 * Each field carries its editor metadata (label, hint, widget) through zod's `.meta()`, so
 * the same definition drives build validation, the content checker's messages and the CMS
 * form. This module imports only zod: it must stay usable outside Astro.
 */
import { z } from 'zod';
import { fieldRulesText } from '../strings/field-rules.ts';
import { describeCharacter, firstCharacterNotInLine, firstCharacterNotInParagraph } from './text-characters.ts';

/** Widgets the CMS form generator knows how to render. */
export type Widget =
  | 'string'
  | 'text'
  | 'markdown'
  | 'number'
  | 'boolean'
  | 'select'
  | 'date'
  | 'datetime'
  | 'image'
  | 'file'
  | 'list'
  | 'object'
  | 'relation'
  | 'hidden'
  /** The survey's "Impor jawaban" control: fills a group of aggregates from an answer sheet. */
  | 'survey-import';

export interface FieldMeta {
  /** Indonesian label shown to editors and used in error messages. */
  label: string;
  /** Indonesian hint: what good input looks like. */
  hint?: string;
  widget: Widget;
  /** For `select`: the Indonesian label of each option, keyed by stored value. */
  options?: Record<string, string>;
  /** For `relation`: the collection whose entries may be referenced. */
  collection?: string;
  /** For `image`/`file`: accepted file extensions, lower case without dot. */
  accept?: readonly string[];
  /** For `image`/`file`: the largest upload accepted, in kilobytes. */
  maxSizeKb?: number;
  /**
   * For a field the schema lets an editor leave out but a rule requires in some cases (a venue
   * for an in-person forum): the sentence saying when it is required. The form shows it with
   * the hint and does not call the field optional.
   */
  requiredWhen?: string;
  /** For `list` of plain lines: what one line is called, e.g. "Langkah" (read by screen readers). */
  itemLabel?: string;
  /** For `list` of short plain lines (topics): typed in one box, separated by commas. */
  commaSeparated?: boolean;
  /** For a top-level field: the part of the form it belongs to (fields of one section stay together). */
  section?: FormSection;
}

/** A part of a long form, as a reader of the page would name it ("Persyaratan", "Waktu dan biaya"). */
export interface FormSection {
  /** Key of the part in the form only; never written to a content file. */
  name: string;
  label: string;
  hint?: string;
}

/**
 * How rules spanning fields write the dates they quote. The schema only imports zod, so the
 * caller chooses: the editor passes the office's wording ("Senin, 20 Januari 2027, 13.00
 * WIB"); without one, dates are quoted as they are stored.
 */
export interface DateWords {
  /** A calendar day, YYYY-MM-DD. */
  day(value: string): string;
  /** A wall-clock time in the office's zone, YYYY-MM-DDTHH:mm. */
  dateTime(value: string): string;
}

export const DATES_AS_STORED: DateWords = { day: (value) => value, dateTime: (value) => value };

/** Attach editor metadata to a field. */
export function field<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  return schema.meta({ ...meta }) as T;
}

/** Read editor metadata back from a field (through optional/default wrappers). */
export function fieldMeta(schema: z.ZodType): FieldMeta | undefined {
  let current: z.ZodType | undefined = schema;
  while (current) {
    const meta = current.meta() as FieldMeta | undefined;
    if (meta?.label) return meta;
    const def = current._zod.def as { innerType?: z.ZodType; in?: z.ZodType };
    current = def.innerType ?? def.in;
  }
  return undefined;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** True when year-month-day names a day that exists (no 31 April, no 2025-13-45). */
export function isRealCalendarDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/**
 * YAML parsers turn unquoted dates into Date objects (and silently roll 2025-13-45 over to a
 * later month). The content checker reads raw strings, so it sees the impossible date; the
 * Astro loader may hand us a Date, which we turn back into its calendar day in UTC, the way
 * the parser created it.
 */
function dateToCalendarString(value: Date): string {
  return value.toISOString().slice(0, 10);
}

function dateToLocalDateTimeString(value: Date): string {
  return value.toISOString().slice(0, 16);
}

/** A calendar day written as YYYY-MM-DD; the output is the same string. */
export function calendarDate() {
  return z.preprocess(
    (value) => (value instanceof Date ? dateToCalendarString(value) : value),
    z
      .string({ error: 'Isi tanggal dengan format TTTT-BB-HH, misalnya 2025-02-10.' })
      .superRefine((value, ctx) => {
        const match = CALENDAR_DATE.exec(value);
        if (!match) {
          ctx.addIssue({
            code: 'custom',
            message: `"${value}" bukan tanggal. Tulis dengan format TTTT-BB-HH, misalnya 2025-02-10.`,
          });
          return;
        }
        const [, y, m, d] = match.map(Number) as [number, number, number, number];
        if (!isRealCalendarDay(y, m, d)) {
          ctx.addIssue({
            code: 'custom',
            message: `Tanggal ${value} tidak ada di kalender. Periksa bulan (01–12) dan tanggalnya.`,
          });
        }
      }),
  );
}

/**
 * A wall-clock date and time in the office's own time zone, written YYYY-MM-DDTHH:mm.
 * The zone comes from the office settings, so editors never type an offset.
 */
export function localDateTime() {
  return z.preprocess(
    (value) => (value instanceof Date ? dateToLocalDateTimeString(value) : value),
    z
      .string({ error: 'Isi tanggal dan jam dengan format TTTT-BB-HHTjj:mm, misalnya 2026-12-10T09:00.' })
      .transform((value, ctx) => {
        const match = LOCAL_DATE_TIME.exec(value);
        if (!match) {
          ctx.addIssue({
            code: 'custom',
            message: `"${value}" bukan tanggal dan jam. Tulis seperti 2026-12-10T09:00 (jam waktu setempat).`,
          });
          return z.NEVER;
        }
        const [, y, m, d, hh, mm] = match.map(Number) as number[];
        if (!isRealCalendarDay(y!, m!, d!) || hh! > 23 || mm! > 59) {
          ctx.addIssue({
            code: 'custom',
            message: `${value} tidak ada di kalender atau jamnya salah. Periksa bulan, tanggal, dan jam (00.00–23.59).`,
          });
          return z.NEVER;
        }
        return `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}`;
      }),
  );
}

/**
 * Refuses any character a one-line field may not hold (src/schema/text-characters.ts). Every
 * text field that is shown on one line, in a page title, a feed, a calendar or a share card,
 * goes through here. superRefine keeps the rule out of the form's pattern: a text box cannot
 * hold a line break, and the pre-save check (src/cms/validate-entry.ts) shows the message.
 */
export function singleLine<T extends z.ZodString>(schema: T): T {
  return schema.superRefine((value, ctx) => {
    const character = firstCharacterNotInLine(value);
    if (character !== undefined) ctx.addIssue({ code: 'custom', message: fieldRulesText.oneLine(describeCharacter(character)) });
  }) as T;
}

/** Plain one-line text with sensible bounds, trimmed. */
export function line(min = 1, max = 200) {
  return singleLine(z.string().trim().min(min).max(max));
}

/** Multi-line plain text (Markdown allowed where the page renders it): line breaks and tabs, no other control character. */
export function paragraph(min = 1, max = 4000) {
  return z
    .string()
    .trim()
    .min(min)
    .max(max)
    .superRefine((value, ctx) => {
      const character = firstCharacterNotInParagraph(value);
      if (character !== undefined) ctx.addIssue({ code: 'custom', message: fieldRulesText.paragraph(describeCharacter(character)) });
    });
}

/** Reads an address the way browsers do; undefined when they could not open it. */
function parsedAddress(value: string): URL | undefined {
  return URL.canParse(value) ? new URL(value) : undefined;
}

/** An absolute http(s) address. */
export function webAddress() {
  return singleLine(z.string().trim().regex(/^https?:\/\/[^\s]+$/, { error: fieldRulesText.webAddress.format })).superRefine((value, ctx) => {
    if (!/^https?:\/\/[^\s]+$/.test(value)) return; // the pattern above has said what to write
    const address = parsedAddress(value);
    if (!address) ctx.addIssue({ code: 'custom', message: fieldRulesText.webAddress.unreadable(value) });
    else if (address.username || address.password) ctx.addIssue({ code: 'custom', message: fieldRulesText.webAddress.withPassword });
  });
}

/**
 * The site's own public address: https only, since every canonical address, feed, calendar and
 * share card is built on it, and nothing but the domain and an optional folder.
 */
export function isSiteAddress(value: string): boolean {
  const address = parsedAddress(value);
  return (
    address !== undefined &&
    address.protocol === 'https:' &&
    // The URL parser skips tabs and line breaks inside an address; a site address has none.
    /^https:\/\/[^\s]+$/.test(value) &&
    !address.username &&
    !address.password &&
    !address.search &&
    !address.hash &&
    !value.includes('?') &&
    !value.includes('#')
  );
}

export function siteAddress() {
  return singleLine(z.string().trim().regex(/^https:\/\/[^\s]+$/, { error: fieldRulesText.siteAddress.format })).superRefine((value, ctx) => {
    if (!/^https:\/\/[^\s]+$/.test(value) || isSiteAddress(value)) return; // the pattern above has said what to write
    ctx.addIssue({ code: 'custom', message: parsedAddress(value) ? fieldRulesText.siteAddress.withExtras : fieldRulesText.webAddress.unreadable(value) });
  });
}

/**
 * True when a file path written in an entry stays in the entry's own folder: a relative path
 * ("foto.jpg", "./lampiran/berita-acara.pdf") with no step up out of the folder, no absolute
 * path and no address of another site. Written by hand because the schema also runs in the
 * editor's browser, where node:path does not exist.
 */
export function staysBesideEntry(value: string): boolean {
  if (value.startsWith('/') || value.includes('\\') || /^[a-z][a-z0-9+.-]*:/i.test(value)) return false;
  let depth = 0;
  for (const segment of value.split('/')) {
    if (segment === '..') depth--;
    else if (segment !== '.' && segment !== '') depth++;
    if (depth < 0) return false;
  }
  return depth > 0;
}

/** A file uploaded beside the entry (a photo, a PDF), named by a path that cannot leave the entry's folder. */
export function fileBesideEntry<T extends z.ZodString>(schema: T): T {
  return singleLine(schema).superRefine((value, ctx) => {
    if (staysBesideEntry(value)) return;
    const leaves = value.startsWith('/') || value.split(/[\\/]/).includes('..');
    ctx.addIssue({ code: 'custom', message: leaves ? fieldRulesText.fileBesideEntry.outside(value) : fieldRulesText.fileBesideEntry.notAName(value) });
  }) as T;
}

/** An Indonesian phone number as people dial it: digits, spaces, +, dashes, parentheses. */
export function phoneNumber() {
  return z
    .string()
    .trim()
    .regex(/^\+?[0-9(][0-9 ()-]{2,20}$/, { error: 'Tulis nomor telepon dengan angka saja, misalnya (0736) 123456 atau 1500533.' });
}

export function emailAddress() {
  return z.email({ error: 'Tulis alamat e-mail yang lengkap, misalnya ulpk@contoh.go.id.' });
}

/** A WhatsApp number in international form without +, as wa.me links need it. */
export function whatsappNumber() {
  return z
    .string()
    .trim()
    .regex(/^62[0-9]{8,13}$/, { error: 'Tulis nomor WhatsApp diawali 62 tanpa tanda + atau spasi, misalnya 6281234567890.' });
}
