/**
 * The first defence: what in a rendered body the allow-list would not keep, said element by
 * element so the content check can name it. The sanitiser itself is asked about each element
 * on its own (with its attributes, without its children), so the check can never be looser or
 * stricter than the sanitiser the build applies: both read BODY_HTML_SCHEMA.
 */
import type { Element, Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { isDeepStrictEqual } from 'node:util';
import { BODY_HTML_SCHEMA, IMAGE_MARKER_KEYS, IMAGE_MARKER_PROPERTY } from './allow-list.ts';
import { BodyTooDeepError, normalizeRendererOutput, parseBodyHtml, safeImageMarker } from './sanitize.ts';
import { eachElement } from './walk.ts';

export type DisallowedHtml =
  | { kind: 'element'; element: string }
  | { kind: 'attribute'; element: string; attribute: string }
  | { kind: 'address'; element: string; attribute: string; address: string }
  | { kind: 'depth'; depth: number };

const URL_PROPERTIES = new Set(Object.keys(BODY_HTML_SCHEMA.protocols ?? {}));

/** Everything the allow-list refuses in a rendered body, each element and attribute once. */
export function findDisallowedHtml(renderedHtml: string): DisallowedHtml[] {
  let tree: Root;
  try {
    tree = normalizeRendererOutput(parseBodyHtml(renderedHtml));
  } catch (error) {
    if (error instanceof BodyTooDeepError) return [{ kind: 'depth', depth: error.depth }];
    throw error;
  }
  const found = new Map<string, DisallowedHtml>();
  eachElement(tree, (element) => {
    for (const finding of judgeElement(element)) found.set(JSON.stringify(finding), finding);
  });
  return [...found.values()];
}

function judgeElement(element: Element): DisallowedHtml[] {
  const alone: Element = { type: 'element', tagName: element.tagName, properties: { ...element.properties }, children: [] };
  const kept = (sanitize({ type: 'root', children: [alone] }, BODY_HTML_SCHEMA) as Root).children.find(
    (child): child is Element => child.type === 'element' && child.tagName === element.tagName,
  );
  if (!kept) return [{ kind: 'element', element: element.tagName }];
  const findings: DisallowedHtml[] = [];
  for (const [property, value] of Object.entries(element.properties)) {
    if (value === undefined || value === null) continue;
    const attribute = attributeName(property);
    if (property === IMAGE_MARKER_PROPERTY) {
      // The renderer's image marker: its JSON may only say which site photo to show.
      if (!isPlainImageMarker(value)) findings.push({ kind: 'attribute', element: element.tagName, attribute: 'src' });
      continue;
    }
    if (isDeepStrictEqual(kept.properties[property], value)) continue;
    findings.push(
      URL_PROPERTIES.has(property) && typeof value === 'string'
        ? { kind: 'address', element: element.tagName, attribute, address: value }
        : { kind: 'attribute', element: element.tagName, attribute },
    );
  }
  return findings;
}

/** A marker as the renderer writes it: a site photo, and no key the sanitiser would drop. */
function isPlainImageMarker(value: unknown): boolean {
  const safe = safeImageMarker(value);
  if (safe === undefined) return false;
  const keys = Object.keys(JSON.parse(String(value)) as object);
  return keys.every((key) => (IMAGE_MARKER_KEYS as readonly string[]).includes(key));
}

/**
 * The HTML name of a hast property (className is "class", dataFootnoteRef "data-footnote-ref"),
 * as the serialiser writes it, so a report names what the editor typed.
 */
function attributeName(property: string): string {
  const tag = toHtml({ type: 'element', tagName: 'x', properties: { [property]: 'x' }, children: [] });
  return /^<x ([^\s=>]+)/.exec(tag)?.[1] ?? property;
}
