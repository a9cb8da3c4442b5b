/**
 * The part of a built page that Pagefind reads. A page marked with data-pagefind-body is
 * indexed from that element alone, so the head's share tags and structured data, the
 * header, navigation, breadcrumbs, footer and their icons are bytes Pagefind would be sent
 * and parse only to throw away: on a news page they are two thirds of the file. Handing over
 * the marked element in a minimal document (the page's own <html> tag for its language, and
 * its <title>) gives the same index for less work.
 *
 * Anything Pagefind might read outside the marked element keeps the whole page: a second
 * marked element, or a data-pagefind-meta/filter/sort/ignore attribute in the head or the
 * page's shell. The result is then exactly what Pagefind would have read before.
 *
 * Cut from the text, not read from the build's parse5 tree (page-facts.ts): the document is a
 * slice of the page's own bytes, and the facts the build holds for every page keep no text.
 */

/** The opening tag of the element marked as the page's searchable content. */
const MARKED_OPENING_TAG = /<([a-z][a-z0-9-]*)\b[^>]*?\sdata-pagefind-body(?=[\s=/>])[^>]*>/i;
const HTML_OPENING_TAG = /<html\b[^>]*>/i;
const TITLE_ELEMENT = /<title\b[^>]*>[\s\S]*?<\/title>/i;
const PAGEFIND_ATTRIBUTE = 'data-pagefind-';

/** Where the element opened just before `from` ends, counting nested elements of the same name. */
function elementEnd(html: string, tag: string, from: number): number | undefined {
  const tags = new RegExp(`<(/?)${tag}(?=[\\s/>])[^>]*>`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return match.index + match[0].length;
  }
  return undefined;
}

/**
 * The document to hand Pagefind for one built page, or undefined for a page with no
 * searchable content (Pagefind leaves such pages out once any page is marked).
 */
export function searchDocument(html: string): string | undefined {
  const opening = MARKED_OPENING_TAG.exec(html);
  if (!opening) return undefined;
  const start = opening.index;
  const end = elementEnd(html, opening[1]!, start + opening[0].length);
  if (end === undefined) return html;
  const attributeBefore = html.lastIndexOf(PAGEFIND_ATTRIBUTE, start);
  const attributeAfter = html.indexOf(PAGEFIND_ATTRIBUTE, end);
  if (attributeBefore !== -1 || attributeAfter !== -1) return html;
  const htmlTag = HTML_OPENING_TAG.exec(html)?.[0] ?? '<html>';
  const title = TITLE_ELEMENT.exec(html.slice(0, start))?.[0] ?? '';
  return `<!doctype html>${htmlTag}<head>${title}</head><body>${html.slice(start, end)}</body></html>`;
}
