/**
 * Link text that says nothing about where it leads. Screen reader users often move through a
 * page by its list of links, where "di sini" or "selengkapnya" alone is meaningless.
 * A link is fine when its whole accessible name (including visually hidden context or an
 * aria-label) says more than one of these phrases.
 */

const VAGUE_PHRASES = new Set([
  'klik di sini',
  'klik disini',
  'klik',
  'di sini',
  'disini',
  'selengkapnya',
  'baca selengkapnya',
  'lihat selengkapnya',
  'info selengkapnya',
  'informasi selengkapnya',
  'lanjut',
  'lanjutkan membaca',
  'tautan ini',
  'link ini',
  'klik tautan ini',
  'klik link ini',
  'here',
  'click here',
  'read more',
  'more',
]);

/** Lower case, one space between words, no punctuation or arrows around the words. */
export function normalizeLinkText(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .trim();
}

export function isVagueLinkText(text: string): boolean {
  return VAGUE_PHRASES.has(normalizeLinkText(text));
}
