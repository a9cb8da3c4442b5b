/**
 * The built HTML has no whitespace between elements (Astro's compressHTML), and Pagefind
 * does not treat every block element as a word boundary: "<dt>Petugas terlatih</dt><dd>Petugas
 * layanan" was indexed as "terlatihPetugas", so neither word could be found. A space before
 * each closing tag of a block or table element restores the boundary. Only the copy handed to
 * the indexer changes; the published page stays as built.
 */
const BLOCK_ELEMENTS = [
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'div', 'dt', 'figcaption', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'li', 'p', 'section', 'summary', 'td', 'th', 'tr',
];

const CLOSING_BLOCK_TAG = new RegExp(`</(${BLOCK_ELEMENTS.join('|')})>`, 'gi');

export function separateBlocks(html: string): string {
  return html.replace(CLOSING_BLOCK_TAG, ' $&');
}
