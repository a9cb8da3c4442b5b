/**
 * Photos and documents in a body are accepted exactly when the build can publish them: a
 * photo is a Markdown image of a file beside the entry, of a photo type and size, with alt
 * text (the build makes it responsive, src/lib/body-images.ts); a linked file beside the
 * entry is a document of an allowed type and size inside the entry's folder (the build
 * publishes it beside the page, src/data/body-documents.ts). Both read the body with the same
 * parser (src/lib/body-files.ts). As for the form's uploads (media-limits.ts), a file's type is
 * judged by its bytes too: an SVG or a web page renamed .png or .pdf is not published. Each
 * problem names the file, its line and what to do.
 */
import { posix } from 'node:path';
import { bodyReferences, bodyTarget, locateBesideEntry, type BodyReference } from '../../lib/body-files.ts';
import { BODY_DOCUMENT_MAX_KB, BODY_DOCUMENT_TYPES, BODY_PHOTO_ALT, BODY_PHOTO_MAX_KB, BODY_PHOTO_TYPES } from '../../schema/body-files.ts';
import { bodyMediaText as t } from '../../strings/body-media.ts';
import { contentCheckText } from '../../strings/content-check.ts';
import { perEntryRule, type ContentProblem, type EntryRule } from '../check-content.ts';
import type { FileProbe } from '../file-probe.ts';
import { bodyLinks } from './body-links.ts';
import { MEDIA_TYPES_BY_EXTENSION } from './media-limits.ts';

/** A problem at a reference: its message and what to do. */
type Finding = [message: string, hint: string];

/** A file whose bytes are not what its extension says, as media-limits.ts reports an upload. */
async function wrongBytes(url: string, file: string, extension: string, files: FileProbe): Promise<Finding[]> {
  const found = await files.mediaType(file);
  if (found && (MEDIA_TYPES_BY_EXTENSION[extension] ?? []).includes(found)) return [];
  return [[contentCheckText.media.wrongBytes(url, extension, found), contentCheckText.media.wrongBytesHint(extension)]];
}

const formatKb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : `${Math.round(bytes / 1024)} KB`);

async function photoFindings(reference: BodyReference, entryFile: string, root: string, files: FileProbe): Promise<Finding[]> {
  const { url } = reference;
  const folder = posix.dirname(entryFile);
  const target = bodyTarget(url);
  if (reference.kind === 'html-image') return [[t.htmlImage(url), t.htmlImageHint]];
  if (target.kind === 'elsewhere') return [[t.photoFromElsewhere(url), t.photoFromElsewhereHint]];
  const findings: Finding[] = [];
  const alt = (reference.alt ?? '').trim();
  if (!alt) findings.push([t.photoWithoutAlt(url), t.photoAltHint]);
  else if (alt.length < BODY_PHOTO_ALT.min) findings.push([t.photoAltTooShort(url, alt, BODY_PHOTO_ALT.min), t.photoAltHint]);
  else if (alt.length > BODY_PHOTO_ALT.max) findings.push([t.photoAltTooLong(url, BODY_PHOTO_ALT.max), t.photoAltHint]);
  if (target.kind !== 'relative-file') return [...findings, [t.photoOutsideFolder(url, folder), t.photoOutsideFolderHint]];
  if (!BODY_PHOTO_TYPES.includes(target.extension)) return [...findings, [t.photoWrongType(url, target.extension, BODY_PHOTO_TYPES), t.photoWrongTypeHint]];
  const { file, inside } = locateBesideEntry(entryFile, target.path);
  if (!inside) return [...findings, [t.photoOutsideFolder(url, folder), t.photoOutsideFolderHint]];
  const path = posix.join(root, file);
  const bytes = files.size(path);
  if (bytes === undefined) return [...findings, [t.photoMissing(url, folder), t.photoMissingHint]];
  if (bytes > BODY_PHOTO_MAX_KB * 1024) findings.push([t.photoTooLarge(url, formatKb(bytes), formatKb(BODY_PHOTO_MAX_KB * 1024)), t.photoTooLargeHint]);
  return [...findings, ...(await wrongBytes(url, path, target.extension, files))];
}

/**
 * A link to a file beside the entry. A missing file is reported here only when the link
 * rule (body-links.ts, which also judges link text) did not already report it.
 */
async function documentFindings(url: string, entryFile: string, root: string, files: FileProbe, reportedMissing: ReadonlySet<string>): Promise<Finding[]> {
  const target = bodyTarget(url);
  if (target.kind !== 'relative-file') return [];
  const folder = posix.dirname(entryFile);
  if (/^www\./i.test(target.path)) return [[t.addressWithoutScheme(url), t.addressWithoutSchemeHint(url)]];
  if (!BODY_DOCUMENT_TYPES.includes(target.extension)) return [[t.documentWrongType(url, target.extension, BODY_DOCUMENT_TYPES), t.documentWrongTypeHint]];
  const { file, inside } = locateBesideEntry(entryFile, target.path);
  if (!inside) return [[t.documentOutsideFolder(url, folder), t.documentOutsideFolderHint]];
  const path = posix.join(root, file);
  const bytes = files.size(path);
  if (bytes === undefined) return reportedMissing.has(url) ? [] : [[t.documentMissing(url, folder), t.documentMissingHint]];
  const tooLarge: Finding[] = bytes > BODY_DOCUMENT_MAX_KB * 1024 ? [[t.documentTooLarge(url, formatKb(bytes), formatKb(BODY_DOCUMENT_MAX_KB * 1024)), t.documentTooLargeHint]] : [];
  return [...tooLarge, ...(await wrongBytes(url, path, target.extension, files))];
}

export function bodyMedia(root: string): EntryRule<Promise<ContentProblem[]>> {
  return perEntryRule('body-media', async (entry, _all, files) => {
    const { file } = entry.source;
    if (!/\.mdx?$/.test(file) || entry.raw.readErrors.length) return [];
    const { body, bodyStartLine } = entry.raw;
    const reportedMissing = new Set(bodyLinks(body, bodyStartLine).map((link) => link.url));
    const problems: ContentProblem[] = [];
    for (const reference of bodyReferences(body)) {
      const findings =
        reference.kind === 'link' ? await documentFindings(reference.url, file, root, files, reportedMissing) : await photoFindings(reference, file, root, files);
      for (const [message, hint] of findings) {
        problems.push({ file, line: bodyStartLine + reference.line - 1, field: t.field, message, hint, severity: 'error' });
      }
    }
    return problems;
  });
}
