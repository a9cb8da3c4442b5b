/** A news article as NewsArticle: what Google News and rich results read. */
import { dayToIso } from '../last-modified.ts';
import type { ZoneName } from '../time-zones.ts';
import type { JsonLdNode, JsonLdReference, PublishedImage } from './types.ts';

export interface NewsArticleInput {
  url: string;
  headline: string;
  description: string;
  date: string;
  updated?: string | undefined;
  author: string;
  tags: readonly string[];
  /** The photo in several aspect ratios, or the generated share card when there is none. */
  images: readonly PublishedImage[];
  publisher: JsonLdReference;
  zone: ZoneName;
}

export function newsArticle(input: NewsArticleInput): JsonLdNode {
  return {
    '@type': 'NewsArticle',
    '@id': `${input.url}#artikel`,
    mainEntityOfPage: input.url,
    url: input.url,
    headline: input.headline,
    description: input.description,
    image: input.images.map((image) => ({ '@type': 'ImageObject', url: image.url, width: image.width, height: image.height })),
    datePublished: dayToIso(input.date, input.zone),
    dateModified: dayToIso(input.updated ?? input.date, input.zone),
    // Articles are signed by a person or a unit ("Tim Infokom"); a unit is the common case.
    author: { '@type': 'Organization', name: input.author },
    publisher: input.publisher,
    inLanguage: 'id',
    ...(input.tags.length ? { keywords: input.tags.join(', ') } : {}),
  };
}
