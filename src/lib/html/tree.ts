/**
 * Walking a page parsed by parse5. Every build-time reader of a built page (site-check, the
 * page heads, page weight) works on the one parse of that page, through these helpers, so
 * they agree on what an element, an attribute and "inside" mean.
 */
import type { DefaultTreeAdapterTypes } from 'parse5';

export type Document = DefaultTreeAdapterTypes.Document;
export type Node = DefaultTreeAdapterTypes.Node;
export type Element = DefaultTreeAdapterTypes.Element;
export type TextNode = DefaultTreeAdapterTypes.TextNode;

/**
 * Which children count. A <template>'s content is a separate fragment a browser neither shows
 * nor loads until a script clones it: 'rendered' leaves it out (what a reader is sent), while
 * 'with-templates' takes it in (links and ids a script may still put on the page).
 */
export type Reach = 'rendered' | 'with-templates';

export function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

/** parse5 gives attribute names in lower case, as HTML does; values stay as written. */
export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

export function children(node: Node, reach: Reach = 'rendered'): Node[] {
  const own = 'childNodes' in node ? node.childNodes : [];
  const content = reach === 'with-templates' ? (node as { content?: DefaultTreeAdapterTypes.DocumentFragment }).content : undefined;
  return content ? [...own, ...content.childNodes] : own;
}

/** Every element below `node`, in document order; walked without recursion, so no depth overflows the stack. */
export function elementsUnder(node: Node, reach: Reach = 'rendered'): Element[] {
  const found: Element[] = [];
  const stack = [...children(node, reach)].reverse();
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    if (isElement(next)) found.push(next);
    const below = children(next, reach);
    for (let index = below.length - 1; index >= 0; index--) stack.push(below[index]!);
  }
  return found;
}

/** Text directly inside an element (the code of a <script> or <style>). */
export function ownText(element: Element): string {
  return children(element)
    .map((child) => (child.nodeName === '#text' ? (child as TextNode).value : ''))
    .join('');
}

/**
 * The script types that hold data and never run: structured data and JSON, the only data
 * blocks the portal writes. Every other <script>, whatever its type says (a module, an import
 * map, speculation rules, a type no browser knows today), counts as code: the site check
 * reviews it, the security headers hash it and page weight counts it. The list names what is
 * harmless, so a type nobody thought of is treated as code, never waved through.
 */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json', 'application/json']);

/** A <script> that is, or steers, code a browser runs: any but the data types above. */
export function isScriptCode(element: Element): boolean {
  if (element.tagName !== 'script') return false;
  const essence = (attribute(element, 'type') ?? '').split(';')[0]!.trim().toLowerCase();
  return !DATA_SCRIPT_TYPES.has(essence);
}
