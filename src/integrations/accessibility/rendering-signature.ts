/**
 * What Chromium's checks of a template's sample page rest on (check-build.ts): the kinds of
 * element the page draws, where they stand, how they are styled, and the stylesheets and scripts
 * it loads. Chromium opens one page per route template and judges how the template renders:
 * colour contrast, target size, links told apart by more than colour, a visible focus and no
 * sideways scrolling at 320 px. Those answers come from markup and styles, so a page whose
 * words changed but whose kinds of element did not (a paragraph added to an article, a title
 * reworded) has the same signature, and the template's last clean result stands, as it already
 * stands for every other page of that template. Every page's own content is still checked in
 * jsdom on every change. A new kind of element (a first table or link in a body, a class, a
 * style, an attribute the template did not use), a changed stylesheet or script, or a new
 * template markup changes the signature and Chromium opens the page again.
 *
 * No library computes this: it is the portal's own rule for when a rendered check is still
 * valid. parse5 (the parser every build reader of pages uses) does the parsing.
 */
import { parse } from 'parse5';
import { attribute, elementsUnder, isScriptCode, ownText, type Element, type Node } from '../../lib/html/tree.ts';

/**
 * Attributes whose values are a page's own words or addresses, not how it renders: only their
 * presence counts. Leaving a rendering attribute off this list only makes Chromium run more
 * often; putting one on it could let a changed look go unchecked, so the list names only text
 * and addresses.
 */
const TEXT_ATTRIBUTES = new Set([
  'alt',
  'aria-describedby',
  'aria-label',
  'aria-labelledby',
  'content',
  'datetime',
  'download',
  'for',
  'href',
  'id',
  'name',
  'placeholder',
  'src',
  'srcset',
  'title',
  'value',
]);

/** Stylesheets and scripts a page loads from the site itself, by path. */
const LOCAL_ASSET = /^\/[^?#]*\.(?:css|m?js)(?:[?#].*)?$/;

export interface RenderingSignature {
  /** The distinct kinds of element, in the order they first appear, with the code of inline styles and scripts. */
  signature: string;
  /** The site paths of the stylesheets and scripts the page loads, in order. */
  assets: string[];
}

function describe(element: Element): string {
  const attributes = element.attrs
    .map(({ name, value }) => (TEXT_ATTRIBUTES.has(name) ? name : `${name}=${JSON.stringify(value)}`))
    .sort()
    .join(' ');
  return attributes ? `${element.tagName}[${attributes}]` : element.tagName;
}

function localAsset(element: Element): string | undefined {
  const rel = (attribute(element, 'rel') ?? '').toLowerCase().split(/\s+/);
  const path = element.tagName === 'link' && rel.includes('stylesheet') ? attribute(element, 'href') : element.tagName === 'script' && isScriptCode(element) ? attribute(element, 'src') : undefined;
  return path && LOCAL_ASSET.test(path) ? path.replace(/[?#].*$/, '') : undefined;
}

export function renderingSignature(html: string): RenderingSignature {
  const document = parse(html);
  const paths = new Map<Node, string>();
  const kinds = new Set<string>();
  const assets: string[] = [];
  for (const element of elementsUnder(document)) {
    // An element's kind is its own description under its parent's: the same tag and class in
    // the header and in the body are different kinds, as their styles may be.
    const parent = element.parentNode ? (paths.get(element.parentNode) ?? '') : '';
    const path = `${parent} > ${describe(element)}`;
    paths.set(element, path);
    // Inline styles and code are how the page renders; their text counts, a data block's does not.
    kinds.add(element.tagName === 'style' || isScriptCode(element) ? `${path} {${ownText(element)}}` : path);
    const asset = localAsset(element);
    if (asset) assets.push(asset);
  }
  return { signature: [...kinds].join('\n'), assets };
}
