/**
 * Which generated share cards a build needs and what each one says, from what the built
 * pages declare in their heads. Several pages may point at one card (later pages of a list
 * share the first page's); the card then shows the title of the page it is named after, so
 * "Berita, halaman 7" shares the card that says "Berita".
 */
import type { PageMeta } from '../sitemap/page-meta.ts';
import { isShareCardPath, shareCardPath } from './share-card-path.ts';

export interface CardText {
  /** Where the card is published: "/og/berita.png". */
  cardPath: string;
  title: string;
  siteName: string;
}

export interface CardTexts {
  cards: CardText[];
  /** Pages pointing at a card without the title or office name it needs, by URL path. */
  untitled: string[];
}

export function cardTexts(pages: readonly { path: string; meta: PageMeta }[], siteOrigin: string): CardTexts {
  const byCard = new Map<string, CardText & { owned: boolean }>();
  const untitled: string[] = [];
  for (const page of pages) {
    const image = page.meta.image;
    if (!image?.startsWith(siteOrigin)) continue;
    const cardPath = new URL(image).pathname;
    if (!isShareCardPath(cardPath)) continue;
    if (!page.meta.title || !page.meta.siteName) {
      untitled.push(page.path);
      continue;
    }
    const owned = shareCardPath(page.path) === cardPath;
    if (!byCard.has(cardPath) || (owned && !byCard.get(cardPath)?.owned)) byCard.set(cardPath, { cardPath, title: page.meta.title, siteName: page.meta.siteName, owned });
  }
  return { cards: [...byCard.values()].map(({ cardPath, title, siteName }) => ({ cardPath, title, siteName })), untitled };
}
