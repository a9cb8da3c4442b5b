/**
 * Formats photos are served in, besides the original JPEG/PNG fallback. WebP is read by every
 * browser our readers use and encodes quickly; AVIF would shave a few more kilobytes but
 * triples image time in every build and decodes slowly on low-end phones.
 */
export const PHOTO_FORMATS: ('webp' | 'avif')[] = ['webp'];

/** Widths a content photo is cut to; the sizes attribute lets a phone take the smallest. */
export const PHOTO_WIDTHS = [360, 720, 1080];
export const PHOTO_SIZES = '(min-width: 44rem) 42rem, 100vw';
