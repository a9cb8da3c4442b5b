/**
 * Where the generated share card of a page is published: /og/<page path>.png, the home page
 * as /og/beranda.png. Pages point their og:image here; the share-image job renders exactly
 * the cards that built pages point to.
 */
export const SHARE_CARD_FOLDER = '/og/';

export function shareCardPath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '');
  return `${SHARE_CARD_FOLDER}${trimmed || 'beranda'}.png`;
}

export function isShareCardPath(path: string): boolean {
  return path.startsWith(SHARE_CARD_FOLDER) && path.endsWith('.png');
}
