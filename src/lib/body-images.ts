/**
 * A photo in a body gets what a lead photo gets (src/components/ContentPhoto.astro): the same
 * widths for phones, the same `sizes`, a modern format, width and height, and lazy loading (a
 * body always starts below the title and summary, so its photos are below the fold).
 *
 * How: Astro's Markdown renderer marks every local image of a body with an `__ASTRO_IMAGE_`
 * attribute holding, as JSON, the options Astro passes to getImage() when the page is rendered;
 * Astro then replaces the attribute with the resulting src, srcset, sizes, width, height,
 * loading and decoding. Here each marker's options are rebuilt from an allow-list before the
 * body is stored. That is also what keeps the marker safe: getImage() turns every option it
 * does not know into an HTML attribute, so nothing an editor could write into the marker
 * (an `onerror`, a remote address) may reach it.
 */
import { decodeHTMLAttribute } from 'entities';
import { PHOTO_FORMATS, PHOTO_SIZES, PHOTO_WIDTHS } from './photo-formats.ts';

/**
 * The marker as Astro's runtime finds it (astro/dist/content/runtime.js uses the same pattern),
 * without regard to case: an HTML parser or sanitiser that rewrites the body lowercases
 * attribute names, and the marker is written back in Astro's spelling below.
 */
const MARKER = /__ASTRO_IMAGE_="([^"]*)"/gi;

/** The largest width a body photo is sent at, as for a lead photo. */
export const BODY_PHOTO_MAX_WIDTH = Math.max(...PHOTO_WIDTHS);

/** What getImage() receives for one body photo: nothing else. */
export interface BodyImageOptions {
  src: string;
  alt: string;
  title?: string;
  /** Astro's count of earlier uses of the same file in the body; it tells the uses apart. */
  index: number;
  widths: number[];
  sizes: string;
  width?: number;
  format: (typeof PHOTO_FORMATS)[number];
  loading: 'lazy';
  decoding: 'async';
}

/** The options for one marker, or undefined when it names no local image of this body. */
export function bodyImageOptions(marker: unknown, localImages: ReadonlySet<string>, originalWidth?: number): BodyImageOptions | undefined {
  if (!marker || typeof marker !== 'object') return undefined;
  const { src, alt, title, index } = marker as Record<string, unknown>;
  if (typeof src !== 'string' || !localImages.has(src)) return undefined;
  return {
    src,
    alt: typeof alt === 'string' ? alt : '',
    ...(typeof title === 'string' && title ? { title } : {}),
    index: typeof index === 'number' && Number.isInteger(index) && index >= 0 ? index : 0,
    widths: [...PHOTO_WIDTHS],
    sizes: PHOTO_SIZES,
    // Never wider than the lead photo, never wider than the file (a small chart stays small).
    ...(originalWidth ? { width: Math.min(originalWidth, BODY_PHOTO_MAX_WIDTH) } : {}),
    format: PHOTO_FORMATS[0] ?? 'webp',
    loading: 'lazy',
    decoding: 'async',
  };
}

/** JSON in a double-quoted attribute, encoded with only the entities Astro's runtime decodes. */
function markerAttribute(options: BodyImageOptions): string {
  const json = JSON.stringify(options).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
  return `__ASTRO_IMAGE_="${json.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;
}

function parseMarker(encoded: string): unknown {
  try {
    return JSON.parse(decodeHTMLAttribute(encoded));
  } catch {
    return undefined;
  }
}

/**
 * The body's HTML with every image marker rebuilt from the allow-list. A marker that names no
 * local image of the body is dropped: its <img> keeps no address rather than an unchecked one.
 * `widthOf` gives a local image's width in pixels (undefined when unknown).
 */
export async function responsiveBodyImages(
  html: string,
  localImages: readonly string[],
  widthOf: (src: string) => Promise<number | undefined>,
): Promise<string> {
  const local = new Set(localImages);
  const markers = [...html.matchAll(MARKER)].map((match) => parseMarker(match[1] ?? ''));
  const sources = new Set(markers.flatMap((marker) => (marker && typeof marker === 'object' && typeof (marker as { src?: unknown }).src === 'string' ? [(marker as { src: string }).src] : [])));
  const widths = new Map<string, number | undefined>();
  for (const src of sources) if (local.has(src)) widths.set(src, await widthOf(src));
  let position = 0;
  return html.replace(MARKER, () => {
    const marker = markers[position++];
    const src = marker && typeof marker === 'object' ? (marker as { src?: unknown }).src : undefined;
    const options = bodyImageOptions(marker, local, typeof src === 'string' ? widths.get(src) : undefined);
    return options ? markerAttribute(options) : '';
  });
}
