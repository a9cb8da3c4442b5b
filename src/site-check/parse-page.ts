/**
 * Reads one built HTML page into what the checks need: the targets it points at, the text of
 * its links, the ids it offers as anchors, and the inline code a Content-Security-Policy has
 * to know about. parse5 parses the way browsers do, so what is checked is what readers get.
 */
import { parse } from 'parse5';
import { attribute, children, elementsUnder, isElement, isScriptCode, ownText, type Document, type Element, type Node, type TextNode } from '../lib/html/tree.ts';

export interface PageReference {
  tag: string;
  attribute: string;
  url: string;
  /** For <a>: the accessible name (aria-label, aria-labelledby or text with image alt). */
  linkText?: string;
}

export interface ParsedPage {
  ids: Set<string>;
  references: PageReference[];
  /** Text of inline <script> elements that browsers execute (JSON-LD and other data are left out). */
  inlineScripts: string[];
  inlineStyles: string[];
  styleAttributes: number;
  /** Names of on* attributes found (onclick, onload...). */
  eventHandlers: string[];
  /** The http-equiv of every <meta http-equiv> (refresh, content-security-policy...). */
  httpEquiv: string[];
}

const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  use: ['href', 'xlink:href'],
  image: ['href', 'xlink:href'],
};

/** Link relations that name another origin to warm up, not a resource of this site. */
const HINT_RELS = new Set(['preconnect', 'dns-prefetch']);

/** Meta tags whose content is a URL of this site (sharing images, for example). */
const URL_METAS = new Set(['og:image', 'og:url', 'twitter:image']);

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as TextNode).value;
  if (isElement(node)) {
    if (node.tagName === 'img') return attribute(node, 'alt') ?? '';
    if (attribute(node, 'aria-hidden') === 'true') return '';
  }
  return children(node, 'with-templates').map(textOf).join('');
}

/** URLs in a srcset: "a.webp 480w, b.webp 800w". */
export function srcsetUrls(value: string): string[] {
  return value
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** `document` is the page already parsed by parse5, when the caller has it. */
export function parsePage(html: string, document: Document = parse(html)): ParsedPage {
  const page: ParsedPage = { ids: new Set(), references: [], inlineScripts: [], inlineStyles: [], styleAttributes: 0, eventHandlers: [], httpEquiv: [] };
  const labelledBy: { reference: PageReference; ids: string[] }[] = [];
  const elementsById = new Map<string, Element>();

  // Templates included: a link or id a script may still put on the page has to hold too.
  for (const element of elementsUnder(document, 'with-templates')) {
    const id = attribute(element, 'id');
    if (id) {
      page.ids.add(id);
      elementsById.set(id, element);
    }
    const anchorName = element.tagName === 'a' ? attribute(element, 'name') : undefined;
    if (anchorName) page.ids.add(anchorName);
    if (attribute(element, 'style') !== undefined) page.styleAttributes++;
    for (const attr of element.attrs) if (/^on[a-z]+$/.test(attr.name)) page.eventHandlers.push(attr.name);
    collectReferences(element, page, labelledBy);
    collectInlineCode(element, page);
  }

  for (const { reference, ids } of labelledBy) {
    reference.linkText = ids.map((id) => {
      const target = elementsById.get(id);
      return target ? textOf(target) : '';
    }).join(' ');
  }
  return page;
}

function collectReferences(element: Element, page: ParsedPage, labelledBy: { reference: PageReference; ids: string[] }[]): void {
  const { tagName } = element;
  if (tagName === 'meta') {
    const httpEquiv = attribute(element, 'http-equiv');
    if (httpEquiv !== undefined) page.httpEquiv.push(httpEquiv);
    const name = attribute(element, 'property') ?? attribute(element, 'name') ?? '';
    const content = attribute(element, 'content');
    if (URL_METAS.has(name) && content) page.references.push({ tag: 'meta', attribute: name, url: content });
    return;
  }
  if (tagName === 'link' && HINT_RELS.has(attribute(element, 'rel') ?? '')) return;
  for (const name of URL_ATTRIBUTES[tagName] ?? []) {
    const value = attribute(element, name);
    if (value === undefined) continue;
    const urls = name === 'srcset' ? srcsetUrls(value) : [value.trim()];
    for (const url of urls) {
      const reference: PageReference = { tag: tagName, attribute: name, url };
      if (tagName === 'a') {
        const ariaLabel = attribute(element, 'aria-label');
        const ariaLabelledBy = attribute(element, 'aria-labelledby');
        reference.linkText = ariaLabel ?? textOf(element);
        if (!ariaLabel && ariaLabelledBy) labelledBy.push({ reference, ids: ariaLabelledBy.split(/\s+/) });
      }
      page.references.push(reference);
    }
  }
}

function collectInlineCode(element: Element, page: ParsedPage): void {
  if (isScriptCode(element) && attribute(element, 'src') === undefined) page.inlineScripts.push(ownText(element));
  if (element.tagName === 'style') page.inlineStyles.push(ownText(element));
}
