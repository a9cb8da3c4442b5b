/**
 * The second defence: every rendered body passes through an allow-list sanitiser before it is
 * stored for the pages. The HTML is parsed the way browsers parse it (parse5, through
 * hast-util-from-html: entities decoded as browsers decode them, HTML5 tokenisation) and
 * rebuilt from what BODY_HTML_SCHEMA allows (hast-util-sanitize), so markup that slipped past
 * the content check is still inert on the page.
 */
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { bodyDepth, eachElement, eachText, htmlDepth, MAX_BODY_DEPTH } from './walk.ts';
import { ALIGN_CLASSES, BODY_HTML_SCHEMA, FORBIDDEN_TEXT_CHARACTERS, IMAGE_MARKER_KEYS, IMAGE_MARKER_PROPERTY, SITE_FILE_ADDRESS } from './allow-list.ts';

/**
 * Parses rendered body HTML as a browser would, as a fragment (no <html>, <head> or <body>).
 * Throws BodyTooDeepError for a body nested deeper than MAX_BODY_DEPTH.
 */
export function parseBodyHtml(html: string): Root {
  const depth = htmlDepth(html);
  if (depth > MAX_BODY_DEPTH) throw new BodyTooDeepError(depth);
  return fromHtml(html, { fragment: true });
}

/**
 * What the Markdown renderer itself writes in a form the allow-list has no room for, rewritten
 * into one it has: GFM table alignment arrives as style="text-align: …", which the site's
 * Content-Security-Policy would block anyway, and becomes a class the stylesheet aligns by.
 */
export function normalizeRendererOutput(tree: Root): Root {
  eachElement(tree, (element: Element) => {
    if (element.tagName !== 'th' && element.tagName !== 'td') return;
    const style = element.properties.style;
    if (typeof style !== 'string') return;
    const align = /^\s*text-align:\s*(left|center|right)\s*;?\s*$/i.exec(style)?.[1]?.toLowerCase();
    if (!align) return;
    delete element.properties.style;
    const alignClass = `align-${align}`;
    if ((ALIGN_CLASSES as readonly string[]).includes(alignClass)) element.properties.className = [alignClass];
  });
  return tree;
}

/**
 * The JSON of a body image's marker, cut down to the keys Astro needs to find and describe the
 * photo, with a site-file address; anything else (event handlers, styles, a remote source) is
 * dropped. Undefined when nothing usable is left.
 */
export function safeImageMarker(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object') return undefined;
  const source = parsed as Record<string, unknown>;
  if (typeof source.src !== 'string' || !SITE_FILE_ADDRESS.test(source.src) || source.src.trim() === '') return undefined;
  const kept: Record<string, string | number> = {};
  for (const key of IMAGE_MARKER_KEYS) {
    const field = source[key];
    if (typeof field === 'string' || (typeof field === 'number' && Number.isFinite(field))) kept[key] = field;
  }
  return JSON.stringify(kept);
}

/** A body nested deeper than MAX_BODY_DEPTH; the content check reports it before any build. */
export class BodyTooDeepError extends Error {
  readonly depth: number;
  constructor(depth: number) {
    super(`body nests ${depth} levels deep, more than ${MAX_BODY_DEPTH}`);
    this.depth = depth;
  }
}

/** Sanitises a parsed body in the allow-list's terms, image markers included. */
export function sanitizeBodyTree(tree: Root): Root {
  // The sanitiser and the serialiser recurse; a hostile depth is refused before they run.
  const depth = bodyDepth(tree);
  if (depth > MAX_BODY_DEPTH) throw new BodyTooDeepError(depth);
  const clean = sanitize(normalizeRendererOutput(tree), BODY_HTML_SCHEMA) as Nodes;
  const root: Root = clean.type === 'root' ? clean : { type: 'root', children: [] };
  eachText(root, (text) => {
    text.value = text.value.replace(FORBIDDEN_TEXT_CHARACTERS, '');
  });
  eachElement(root, (element: Element) => {
    for (const [name, value] of Object.entries(element.properties)) {
      if (typeof value === 'string') element.properties[name] = value.replace(FORBIDDEN_TEXT_CHARACTERS, '');
    }
    if (element.tagName !== 'img' || !(IMAGE_MARKER_PROPERTY in element.properties)) return;
    const marker = safeImageMarker(element.properties[IMAGE_MARKER_PROPERTY]);
    const { [IMAGE_MARKER_PROPERTY]: _checkedAbove, ...rest } = element.properties;
    // The marker goes first, so the serialised tag starts with it (see sanitizeBodyHtml).
    element.properties = marker === undefined ? rest : { [IMAGE_MARKER_PROPERTY]: marker, ...rest };
  });
  return root;
}

/**
 * Sanitised HTML of a rendered body, ready to store. Astro finds body images by the marker
 * attribute in its original capitals, which parsing lowercased: it is written back only where
 * it opens an <img> tag, which text cannot do (its "<" is always escaped).
 */
export function sanitizeBodyHtml(html: string): string {
  return toHtml(sanitizeBodyTree(parseBodyHtml(html))).replaceAll(`<img ${IMAGE_MARKER_PROPERTY}="`, '<img __ASTRO_IMAGE_="');
}
