/**
 * Documents linked from a body (a decree PDF beside a service standard, a report beside an
 * article) are published at the entry's page address plus their path inside the entry's
 * folder: /layanan/sertifikasi/sk-standar-pelayanan.pdf for
 * content/services/sk-standar-pelayanan.pdf linked from content/services/sertifikasi.mdx. That
 * is where the body's relative link already leads a reader, so the link needs no rewriting.
 * Only entries that have a page publish their documents (no draft or future article's), and
 * only the documents the body links to (the list is made when the body is rendered,
 * src/schema/body-media-at-sync.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import type { APIRoute } from 'astro';

interface EntryWithBody {
  id: string;
  filePath?: string | undefined;
  rendered?: { metadata?: Record<string, unknown> | undefined } | undefined;
}

/** How each published document type is served. */
const MEDIA_TYPES: Record<string, string> = { pdf: 'application/pdf' };

export type BodyDocumentProps = {
  /** The file, from the project root. */
  file: string;
  mediaType: string;
};

/** The documents an entry's body links to, as paths inside its folder. */
export function bodyDocumentsOf(entry: EntryWithBody): string[] {
  const documents = entry.rendered?.metadata?.documents;
  return Array.isArray(documents) ? documents.filter((document): document is string => typeof document === 'string') : [];
}

/**
 * One static path per linked document of the given entries. The cache key is the file's
 * digest, so a replaced document is published again and an unchanged one is not rewritten.
 */
export function bodyDocumentPaths(entries: readonly EntryWithBody[]) {
  return entries.flatMap((entry) =>
    bodyDocumentsOf(entry).flatMap((document) => {
      const extension = posix.extname(document).slice(1).toLowerCase();
      const mediaType = MEDIA_TYPES[extension];
      if (!entry.filePath || !mediaType) return [];
      const file = posix.join(posix.dirname(entry.filePath), document);
      const props: BodyDocumentProps = { file, mediaType };
      return [{ params: { slug: entry.id, document }, props, cacheKey: createHash('sha256').update(readFileSync(file)).digest('base64url') }];
    }),
  );
}

export const serveBodyDocument: APIRoute<BodyDocumentProps> = ({ props }) =>
  new Response(readFileSync(props.file), { headers: { 'content-type': props.mediaType } });
