/**
 * Before saving: every photo in the body has its alt text, and comes from the entry's folder.
 * Decap does not check the fields of an editor component (src/cms/body-components.ts) when it
 * saves, so this check stops the save with the photo named, as the content check would stop the
 * build (src/content-check/rules/body-media.ts, which reads the body with the real parser).
 *
 * Why a pattern and not a Markdown parser: the editor runs in the browser, where the build's
 * parser (Sätteri, native code) is not available, and Decap keeps its own parser to itself. A
 * body written in the rich-text mode holds images only as the photo tool writes them; code is
 * removed first, so an image written as an example in code is not taken for a photo.
 */
import { BODY_PHOTO_ALT } from '../schema/body-files.ts';
import { bodyEditorText, bodyMediaText } from '../strings/body-media.ts';

/** A fenced code block, up to its closing fence or the end of the body. */
const FENCED_CODE = /^(```+|~~~+)[^\n]*\n[\s\S]*?(?:\n\1[^\n]*(?=\n|(?![\s\S]))|(?![\s\S]))/gm;
const CODE_SPAN = /(`+)[\s\S]*?\1/g;
const IMAGE = /!\[((?:\\.|[^\\\]])*)\]\(\s*<?([^)\s>]*)>?/g;

const unescaped = (text: string) => text.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** Problems with the body's photos, as lines an editor can act on; empty when it may be saved. */
export function bodyPhotoProblems(body: unknown): string[] {
  if (typeof body !== 'string') return [];
  const text = body.replace(FENCED_CODE, '').replace(CODE_SPAN, '');
  const problems: string[] = [];
  for (const [, rawAlt = '', src = ''] of text.matchAll(IMAGE)) {
    const where = `${bodyMediaText.field} › ${bodyEditorText.photo.label} ${src}`;
    const alt = unescaped(rawAlt).trim();
    if (/^[a-z][a-z0-9+.-]*:/i.test(src)) problems.push(`${where}: ${bodyMediaText.photoFromElsewhere(src)}`);
    if (alt.length < BODY_PHOTO_ALT.min || alt.length > BODY_PHOTO_ALT.max) {
      problems.push(`${where}: ${bodyEditorText.photo.alt} — ${bodyEditorText.photo.altRule(BODY_PHOTO_ALT.min, BODY_PHOTO_ALT.max)}`);
    }
  }
  return problems;
}
