/**
 * Reads what a built page says about itself (robots, canonical address, last change, share
 * image, title) from its <head>. The sitemap and the share cards are derived from the pages
 * as built, so they cannot list a page that was not built or miss one that was.
 *
 * The page is read by parse5, the way browsers read it: an attribute value may hold any text
 * (Astro escapes only & and " in attributes, so a title such as "Umur > 60 tahun" stays as
 * written), and only an HTML parser knows where such a value ends.
 */
import { parse } from 'parse5';
import { attribute, elementsUnder, isElement, type Document, type Element } from '../html/tree.ts';

export interface PageMeta {
  noindex: boolean;
  canonical?: string;
  lastModified?: string;
  title?: string;
  siteName?: string;
  image?: string;
}

function headOf(document: Document): Element | undefined {
  const html = document.childNodes.find((node): node is Element => isElement(node) && node.tagName === 'html');
  return html?.childNodes.find((node): node is Element => isElement(node) && node.tagName === 'head');
}

/** `page` is the page's HTML, or its document when the caller has parsed it already. */
export function readPageMeta(page: string | Document): PageMeta {
  const document = typeof page === 'string' ? parse(page) : page;
  const meta: PageMeta = { noindex: false };
  const head = headOf(document);
  for (const element of head ? elementsUnder(head) : []) {
    if (element.tagName === 'link') {
      const href = attribute(element, 'href');
      if (attribute(element, 'rel') === 'canonical' && href) meta.canonical = href;
      continue;
    }
    if (element.tagName !== 'meta') continue;
    const key = attribute(element, 'name') ?? attribute(element, 'property');
    const content = attribute(element, 'content');
    if (!key || content === undefined) continue;
    if (key === 'robots' && /noindex/i.test(content)) meta.noindex = true;
    if (key === 'og:updated_time') meta.lastModified = content;
    if (key === 'og:title') meta.title = content;
    if (key === 'og:site_name') meta.siteName = content;
    if (key === 'og:image') meta.image = content;
  }
  return meta;
}
