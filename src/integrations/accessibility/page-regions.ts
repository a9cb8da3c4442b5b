/**
 * Splits a parsed page into its frame (what pages of one template share: header, navigation,
 * footer, the layout around the content) and its own regions (the <main> element, the
 * elements marked data-page-region such as the breadcrumb trail, and the <head>), so axe can
 * check each distinct frame once and only the regions of every page. A page whose regions
 * cannot be cut out cleanly is checked whole (see `splitPage`).
 *
 * The frame key is the page with its regions emptied, plus everything outside the frame that
 * an answer about a frame element can read: every <style> and <base> of the page (jsdom
 * computes visibility from inline styles, wherever they stand) and every id reference that
 * crosses the border between frame and region, in either direction. Two pages with the same key give the same axe
 * answers for every frame element under the rules that run on frame and region
 * (rule-split.ts), because those answers depend only on the element, its ancestors, its
 * descendants and the elements it refers to or is referred to by.
 */
import { createHash } from 'node:crypto';

/** Marks an element outside <main> whose content is the page's own (the breadcrumb trail). */
export const REGION_ATTRIBUTE = 'data-page-region';

/** CSS selectors for the regions of a page that `splitPage` accepts: every element they match is a region. */
export const REGION_SELECTORS = ['head', 'main', `[${REGION_ATTRIBUTE}]`] as const;

/** Attributes that point at other elements by id (or, for skip links and image maps, by fragment). */
const ID_REFERENCES = [
  'aria-activedescendant',
  'aria-controls',
  'aria-describedby',
  'aria-details',
  'aria-errormessage',
  'aria-flowto',
  'aria-labelledby',
  'aria-owns',
  'for',
  'form',
  'headers',
  'list',
  'href',
  'usemap',
] as const;

/** The elements that may carry one of those references. */
const REFERRING = ID_REFERENCES.map((attribute) => (attribute === 'href' ? '[href*="#"]' : `[${attribute}]`)).join(', ');

/**
 * What a region may be: a landmark by its own element, so no content of the frame is ever
 * judged by what a region holds (axe's `region` rule stops at a landmark) and the rule can run
 * on frame and region apart.
 */
const LANDMARK_ELEMENTS = new Set(['main', 'nav']);

/** Attributes an ancestor of a region may carry: none of them changes an answer about the ancestor from what the region holds. */
const PLAIN_ANCESTOR_ATTRIBUTES = new Set(['class', 'id']);

export interface PageSplit {
  /** The head and the region containers, each checked with its content on every page. */
  regions: Element[];
  /** Equal keys, equal frames: the frame of one page answers for the others. */
  frameKey: string;
}

function idsReferencedBy(element: Element): { attribute: string; id: string }[] {
  const found: { attribute: string; id: string }[] = [];
  for (const attribute of ID_REFERENCES) {
    const value = element.getAttribute(attribute);
    if (!value) continue;
    if (attribute === 'href' || attribute === 'usemap') {
      const hash = value.indexOf('#');
      if (hash >= 0 && (attribute === 'usemap' || hash === 0 || value.startsWith('/#'))) found.push({ attribute, id: decodeURIComponent(value.slice(hash + 1)) });
      continue;
    }
    for (const id of value.split(/\s+/).filter(Boolean)) found.push({ attribute, id });
  }
  return found;
}

/** The elements a fragment or id reference can land on: by id, and by name for links and maps. */
function targetsIn(elements: readonly Element[]): Map<string, Element> {
  const targets = new Map<string, Element>();
  for (const element of elements) {
    const id = element.getAttribute('id');
    if (id && !targets.has(id)) targets.set(id, element);
    const name = element.getAttribute('name');
    if (name && (element.localName === 'a' || element.localName === 'map') && !targets.has(name)) targets.set(name, element);
  }
  return targets;
}

/** Whether every ancestor between <body> and the region is a bare <div>, whose answers cannot depend on what the region holds. */
function plainAncestors(region: Element, body: Element): boolean {
  for (let node = region.parentElement; node && node !== body; node = node.parentElement) {
    if (node.localName !== 'div') return false;
    if ([...node.attributes].some((attribute) => !PLAIN_ANCESTOR_ATTRIBUTES.has(attribute.name))) return false;
  }
  return true;
}

/**
 * The page's regions and frame key, or undefined when the page is to be checked whole: no
 * <main>, a region inside another, a region inside an element other than a bare <div>, or
 * a marked region that is not a <main> or <nav> keeping its landmark role.
 */
export function splitPage(document: Document): PageSplit | undefined {
  const { body, head, documentElement } = document;
  if (!body || !head) return undefined;
  const containers = [...body.querySelectorAll(`main, [${REGION_ATTRIBUTE}]`)];
  if (!containers.some((container) => container.localName === 'main')) return undefined;
  if (containers.some((container) => containers.some((other) => other !== container && other.contains(container)))) return undefined;
  if (!containers.every((container) => plainAncestors(container, body))) return undefined;
  if (!containers.every((container) => LANDMARK_ELEMENTS.has(container.localName) && !container.hasAttribute('role'))) return undefined;

  const regions = [head, ...containers];
  const regionElements = new Set(regions.flatMap((region) => [...region.querySelectorAll('*')]));
  const inFrame = (element: Element) => !regionElements.has(element);
  const allTargets = [...documentElement.querySelectorAll('[id], a[name], map[name]')];
  const frameTargets = targetsIn(allTargets.filter(inFrame));
  const pageTargets = targetsIn(allTargets);

  const hash = createHash('sha256');
  const part = (text: string) => hash.update(text).update('\0');
  part(openingTag(documentElement));
  // Styles apply to the whole page wherever they stand, so a <style> inside a region counts too.
  for (const element of documentElement.querySelectorAll('style, base')) part(element.outerHTML);
  // The body with its regions emptied: their content is set aside for the moment it takes to serialise.
  const contents = containers.map((container) => [...container.childNodes]);
  for (const container of containers) container.replaceChildren();
  part(body.outerHTML);
  containers.forEach((container, index) => container.replaceChildren(...(contents[index] ?? [])));
  for (const element of documentElement.querySelectorAll(REFERRING)) {
    const references = idsReferencedBy(element);
    if (inFrame(element)) {
      // A frame element that refers into a region, or to an id a region holds first: what it finds there.
      for (const { attribute, id } of references) {
        const target = pageTargets.get(id);
        if (target && target === frameTargets.get(id)) continue;
        part(`out ${attribute} ${id} ${target?.outerHTML ?? ''}`);
      }
    } else {
      // A region element that refers into the frame (a label for a header field, aria-owns): that it does.
      for (const { attribute, id } of references) if (frameTargets.has(id)) part(`in ${attribute} ${id}`);
    }
  }
  return { regions, frameKey: hash.digest('base64url') };
}

function openingTag(element: Element): string {
  return [...element.attributes].map((attribute) => `${attribute.name}="${attribute.value}"`).join(' ');
}
