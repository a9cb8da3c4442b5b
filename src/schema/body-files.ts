/**
 * What a body may point at beside its entry, for the content check, the build and the editor
 * alike: photos of the lead photo's types and size, documents of the forum documents' types
 * and size, and photos described as a lead photo is (src/schema/image.ts).
 */
import { ATTACHMENT_MAX_KB, ATTACHMENT_TYPES } from './forums.ts';
import { PHOTO_MAX_KB, PHOTO_TYPES } from './image.ts';

export const BODY_PHOTO_TYPES: readonly string[] = PHOTO_TYPES;
export const BODY_PHOTO_MAX_KB = PHOTO_MAX_KB;
export const BODY_DOCUMENT_TYPES: readonly string[] = ATTACHMENT_TYPES;
export const BODY_DOCUMENT_MAX_KB = ATTACHMENT_MAX_KB;

/** Length of a body photo's alt text, as for a lead photo's. */
export const BODY_PHOTO_ALT = { min: 5, max: 250 } as const;
