/**
 * Uploads stay within what the editor promises: every photo and document field states its
 * accepted file types and largest size in the schema (the CMS shows and enforces both when
 * uploading); this rule enforces them again at build, for files added any other way.
 *
 * The type is judged by the file's bytes, not only by its name: an SVG or a web page renamed
 * foto.jpg or berita-acara.pdf would otherwise be published (and an SVG can carry script).
 * The bytes are read with the file-type package, and each extension admits an allow-list of
 * what the bytes may be.
 */
import { dirname, join } from 'node:path';
import type { z } from 'zod';
import { plainSchemas } from '../../schema/plain.ts';
import { arrayElement, objectShape, readField } from '../../schema/read-field.ts';
import { staysBesideEntry, type FieldMeta } from '../../schema/fields.ts';
import { perEntryRule, type ContentProblem, type EntryRule } from '../check-content.ts';
import { contentCheckText } from '../../strings/content-check.ts';

interface MediaValue {
  path: (string | number)[];
  labels: string[];
  meta: FieldMeta;
  value: string;
}

/** Every photo/document path in an entry's data, with the field that holds it. */
export function mediaValues(schema: z.ZodType, data: unknown, path: (string | number)[] = [], labels: string[] = []): MediaValue[] {
  const reading = readField(schema);
  const meta = reading.meta;
  if (meta && (meta.widget === 'image' || meta.widget === 'file')) {
    return typeof data === 'string' ? [{ path, labels, meta, value: data }] : [];
  }
  if (reading.kind === 'object' && data && typeof data === 'object' && !Array.isArray(data)) {
    return Object.entries(objectShape(reading)).flatMap(([key, child]) =>
      mediaValues(child, (data as Record<string, unknown>)[key], [...path, key], [...labels, readField(child).meta?.label ?? key]),
    );
  }
  const element = arrayElement(reading);
  if (reading.kind === 'array' && element && Array.isArray(data)) {
    return data.flatMap((item, index) => mediaValues(element, item, [...path, index], [...labels, `nomor ${index + 1}`]));
  }
  return [];
}

/** What the bytes of a file with each accepted extension may be (media types as file-type names them). */
export const MEDIA_TYPES_BY_EXTENSION: Readonly<Record<string, readonly string[]>> = {
  jpg: ['image/jpeg'],
  jpeg: ['image/jpeg'],
  png: ['image/png'],
  webp: ['image/webp'],
  pdf: ['application/pdf'],
};

const formatKb = (kb: number) => (kb >= 1024 ? `${(kb / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.round(kb)} KB`);

export function mediaLimits(root: string): EntryRule {
  const schemas: Record<string, z.ZodType> = plainSchemas();
  return perEntryRule('media-limits', async (entry, _all, files) => {
    const schema = schemas[entry.source.collection];
    if (!schema || !entry.raw.data) return [];
    const problems: ContentProblem[] = [];
    for (const media of mediaValues(schema, entry.raw.data)) {
      const { accept = [], maxSizeKb } = media.meta;
      const where = {
        file: entry.source.file,
        line: entry.raw.lineOf(media.path),
        field: `${media.labels.join(' › ')} (${media.path.join('.')})`,
        severity: 'error' as const,
      };
      const extension = /\.([^./]+)$/.exec(media.value)?.[1]?.toLowerCase() ?? '';
      if (accept.length && !accept.includes(extension)) {
        problems.push({
          ...where,
          message: contentCheckText.media.wrongType(media.value, extension, accept),
          hint: contentCheckText.media.wrongTypeHint,
        });
      }
      // A path out of the entry's folder is reported by the schema check; it is not opened here.
      if (!staysBesideEntry(media.value)) continue;
      const file = join(root, dirname(entry.source.file), media.value);
      // A missing file is reported by the schema check with the fix; nothing to weigh here.
      const bytes = files.size(file);
      if (bytes !== undefined && accept.includes(extension)) {
        const found = await files.mediaType(file);
        if (!found || !(MEDIA_TYPES_BY_EXTENSION[extension] ?? []).includes(found)) {
          problems.push({
            ...where,
            message: contentCheckText.media.wrongBytes(media.value, extension, found),
            hint: contentCheckText.media.wrongBytesHint(extension),
          });
        }
      }
      const sizeKb = bytes === undefined ? undefined : bytes / 1024;
      if (sizeKb !== undefined && maxSizeKb && sizeKb > maxSizeKb) {
        problems.push({
          ...where,
          message: contentCheckText.media.tooLarge(media.value, formatKb(sizeKb), formatKb(maxSizeKb)),
          hint: contentCheckText.media.tooLargeHint,
        });
      }
    }
    return problems;
  });
}
