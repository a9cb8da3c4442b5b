/**
 * A content photo cropped for sharing: one 1200×630 crop for Open Graph and 16:9, 4:3 and
 * 1:1 crops for structured data. JPEG, because not every social network reads AVIF or WebP.
 */
import { getImage } from 'astro:assets';
import type { ImageMetadata } from 'astro';
import { cropSize, type AspectRatio } from '../lib/photo-crops.ts';
import { absoluteUrl } from '../lib/site-url.ts';
import type { PublishedImage } from '../lib/structured-data/types.ts';

export async function photoCrop(src: ImageMetadata, ratio: AspectRatio, site: URL): Promise<PublishedImage> {
  const size = cropSize(src, ratio);
  const image = await getImage({ src, ...size, fit: 'cover', position: 'center', format: 'jpg', quality: 80 });
  return { url: absoluteUrl(image.src, site), ...size };
}

/** The crops search engines ask for in articles and events. */
export async function structuredDataPhotos(src: ImageMetadata, site: URL): Promise<PublishedImage[]> {
  return Promise.all((['wide', 'standard', 'square'] as const).map((ratio) => photoCrop(src, ratio, site)));
}
