/**
 * The tools an editor inserts photos and documents into a body with: "Foto" and "Dokumen" in
 * the "Tambah komponen" (+) menu of the body's toolbar. Each is a form (file picker and text
 * boxes) in the rich-text mode and plain Markdown in the file: `![alt text](grafik.png)` and
 * `[link text](sk.pdf)`, each on its own line, which the build publishes as a responsive photo
 * and a document beside the page (src/lib/body-images.ts, src/data/body-documents.ts).
 *
 * "Foto" takes Decap's own id, `image`, so it replaces Decap's English image component, both
 * in the menu and for images already in a body, and Decap gives it the field's media settings.
 *
 * Decap does not check a component's fields when saving, and a field with a `pattern` throws
 * inside Decap when it loses focus, so the fields carry no pattern: the alt text and the
 * photo's origin are checked before saving (body-photo-check.ts) and by the content check.
 */
import { createElement } from 'react';
import type { BlockEditorComponentOptions, EditorComponentField } from 'decap-cms-core';
import { BODY_DOCUMENT_MAX_KB, BODY_DOCUMENT_TYPES, BODY_PHOTO_MAX_KB, BODY_PHOTO_TYPES } from '../schema/body-files.ts';
import { bodyEditorText as t } from '../strings/body-media.ts';
import { cms } from '../strings/cms.ts';
import type { DecapField } from './decap-fields.ts';
import { escapeTypedText } from './typed-text.ts';

/** Ids for the body field's `editor_components`. */
export const BODY_COMPONENT_IDS = ['image', 'dokumen'] as const;

/** Text inside [ ] of a Markdown image or link, written so it reads back as typed. */
function bracketText(text: string): string {
  return escapeTypedText(text.replace(/\s+/g, ' ').trim(), { atLineStart: false, firstInBlock: false });
}

/** Markdown's backslash escapes removed: the text as the form shows it. */
function unescaped(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/**
 * A file name as a Markdown destination. Decap stores uploads by their bare name (the body's
 * media folder is the entry's folder); spaces, brackets and angle brackets are percent-encoded,
 * which the build and the content check decode again.
 */
function destination(file: string): string {
  return file.trim().replace(/[\s()<>]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function fromDestination(file: string): string {
  try {
    return decodeURI(file);
  } catch {
    return file;
  }
}

/** Text inside [ ]: any character but an unescaped "]". */
const BRACKETED = String.raw`((?:\\.|[^\\\]])*)`;
const extensions = (types: readonly string[]) => types.join('|');
/** A destination beside the entry, ending in one of `types`: no scheme, no leading "/", no space. */
const besideEntry = (types: readonly string[]) => String.raw`((?![a-zA-Z][a-zA-Z0-9+.-]*:|/|#)[^\s()]+\.(?:${extensions(types)}))`;

/**
 * A component's fields are ordinary CMS fields (Decap renders them as an object field), but
 * Decap's type for them names only `name`, `label` and `widget`: they are written as the form's
 * other fields are (src/cms/decap-fields.ts).
 */
const componentFields = (fields: DecapField[]) => fields as unknown as EditorComponentField[];

type Preview = (data: Record<string, string | undefined>, getAsset?: (path: string, field?: unknown) => unknown, fields?: { find?: (test: (field: { get(key: string): unknown }) => boolean) => unknown }) => ReturnType<typeof createElement>;

export function bodyPhotoComponent(): BlockEditorComponentOptions {
  const preview: Preview = ({ image = '', alt = '' }, getAsset, fields) => {
    const imageField = fields?.find?.((field) => field.get('widget') === 'image');
    const asset = getAsset?.(image, imageField) as { toString(): string } | undefined;
    return createElement(
      'figure',
      null,
      createElement('img', { src: asset?.toString() ?? '', alt }),
      alt ? null : createElement('p', { className: 'example-banner', role: 'alert' }, cms.preview.noPhotoAlt),
    );
  };
  return {
    id: 'image',
    label: t.photo.label,
    pattern: new RegExp(String.raw`^!\[${BRACKETED}\]\(${besideEntry(BODY_PHOTO_TYPES)}\)$`, 'i'),
    fromBlock: (match) => ({ alt: unescaped(match[1] ?? ''), image: fromDestination(match[2] ?? '') }),
    toBlock: ({ alt = '', image = '' }) => `![${bracketText(alt)}](${destination(image)})`,
    toPreview: preview as BlockEditorComponentOptions['toPreview'],
    fields: componentFields([
      {
        name: 'image',
        label: t.photo.file,
        widget: 'image',
        required: true,
        hint: `${t.photo.fileHint} ${cms.rules.fileLimit(BODY_PHOTO_TYPES, BODY_PHOTO_MAX_KB)}`,
        choose_url: false,
        media_library: { config: { max_file_size: BODY_PHOTO_MAX_KB * 1024 } },
      },
      {
        name: 'alt',
        label: t.photo.alt,
        widget: 'string',
        required: true,
        hint: t.photo.altHint,
      },
    ]),
  };
}

export function bodyDocumentComponent(): BlockEditorComponentOptions {
  return {
    id: 'dokumen',
    label: t.document.label,
    pattern: new RegExp(String.raw`^\[${BRACKETED}\]\(${besideEntry(BODY_DOCUMENT_TYPES)}\)$`, 'i'),
    fromBlock: (match) => ({ title: unescaped(match[1] ?? ''), file: fromDestination(match[2] ?? '') }),
    toBlock: ({ title = '', file = '' }) => `[${bracketText(title)}](${destination(file)})`,
    toPreview: (({ title = '', file = '' }) => createElement('p', null, createElement('a', { href: destination(file) }, title))) as BlockEditorComponentOptions['toPreview'],
    fields: componentFields([
      { name: 'title', label: t.document.title, widget: 'string', required: true, hint: t.document.titleHint },
      {
        name: 'file',
        label: t.document.file,
        widget: 'file',
        required: true,
        hint: `${t.document.fileHint} ${cms.rules.fileLimit(BODY_DOCUMENT_TYPES, BODY_DOCUMENT_MAX_KB)}`,
        choose_url: false,
        media_library: { config: { max_file_size: BODY_DOCUMENT_MAX_KB * 1024 } },
      },
    ]),
  };
}
