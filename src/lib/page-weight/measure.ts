/**
 * Measures what one built page costs a reader: its HTML plus the stylesheets, scripts and
 * fonts it loads, as sent gzip-compressed (a conservative stand-in for brotli). Content
 * photos are not counted here; they are judged by whether their size fits the screen.
 *
 * The page is read from its parse5 document, the one parse the build makes of each page
 * (page-facts.ts): what a browser would load, not what a pattern finds in the text, so a
 * script in a comment, in <noscript> or in a <template>, or markup inside an attribute value,
 * is not mistaken for something the reader downloads.
 */
import { gzipSync } from 'node:zlib';
import { attribute, elementsUnder, isElement, isScriptCode, type Document, type Element } from '../html/tree.ts';
import { chosenCandidate, parseSrcset, slotWidth } from './responsive-images.ts';

/** Reads a built asset by its URL path ("/_astro/x.css"); undefined when it is not there. */
export type AssetReader = (urlPath: string) => Buffer | undefined;

export interface PageWeight {
  htmlBytes: number;
  cssBytes: number;
  jsBytes: number;
  fontBytes: number;
  total: number;
  scripts: string[];
  missingAssets: string[];
}

const compressedCache = new Map<string, number>();

function compressedSize(key: string, content: Buffer): number {
  const cached = compressedCache.get(key);
  if (cached !== undefined) return cached;
  const size = gzipSync(content, { level: 9 }).length;
  compressedCache.set(key, size);
  return size;
}

function isLocal(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

/**
 * What a page's weight depends on in its own HTML: its compressed size and the local files it
 * loads, in the order it loads them. Kept apart from the asset sizes so a build can remember
 * it per page and only add up the (shared) assets again.
 */
export interface PageWeightFacts {
  htmlBytes: number;
  stylesheets: string[];
  modulePreloads: string[];
  /** Every executable script: its src, or "inline". */
  scripts: string[];
}

/** A URL attribute as a browser reads it: surrounding white space is not part of the URL. */
function url(element: Element, name: string): string | undefined {
  return attribute(element, name)?.trim();
}

/** `html` is the page as sent (its compressed size); `document` is that page parsed by parse5. */
export function pageWeightFacts(html: string, document: Document): PageWeightFacts {
  const stylesheets: string[] = [];
  const modulePreloads: string[] = [];
  const scripts: string[] = [];
  for (const element of elementsUnder(document)) {
    if (element.tagName === 'link') {
      const rel = (attribute(element, 'rel') ?? '').toLowerCase().split(/\s+/);
      const href = url(element, 'href');
      if (!href || !isLocal(href)) continue;
      if (rel.includes('stylesheet')) stylesheets.push(href);
      else if (rel.includes('modulepreload')) modulePreloads.push(href);
    } else if (isScriptCode(element)) {
      scripts.push(url(element, 'src') ?? 'inline');
    }
  }
  return { htmlBytes: gzipSync(html, { level: 9 }).length, stylesheets, modulePreloads, scripts };
}

/** A page's weight from its HTML facts and the built assets it loads. */
export function weighPage(facts: PageWeightFacts, readAsset: AssetReader): PageWeight {
  const missingAssets: string[] = [];
  let cssBytes = 0;
  let jsBytes = 0;
  let fontBytes = 0;
  const fonts = new Set<string>();

  for (const href of facts.stylesheets) {
    const css = readAsset(href);
    if (!css) {
      missingAssets.push(href);
      continue;
    }
    cssBytes += compressedSize(href, css);
    for (const match of css.toString('utf8').matchAll(/url\(\s*['"]?([^'")]+\.(?:woff2?|ttf|otf))['"]?\s*\)/gi)) {
      if (match[1] && isLocal(match[1])) fonts.add(match[1]);
    }
  }
  for (const href of facts.modulePreloads) {
    const js = readAsset(href);
    if (js) jsBytes += compressedSize(href, js);
  }
  for (const src of facts.scripts) {
    if (src === 'inline' || !isLocal(src)) continue;
    const js = readAsset(src);
    if (js) jsBytes += compressedSize(src, js);
    else missingAssets.push(src);
  }
  for (const font of fonts) {
    const file = readAsset(font);
    if (file) fontBytes += file.length;
    else missingAssets.push(font);
  }

  const { htmlBytes } = facts;
  return { htmlBytes, cssBytes, jsBytes, fontBytes, total: htmlBytes + cssBytes + jsBytes + fontBytes, scripts: [...facts.scripts], missingAssets };
}

export interface OversizedImage {
  src: string;
  servedWidth: number;
  shownWidth: number;
}

/**
 * Images a phone would download at more than `tolerance` times the width it shows them at
 * (viewport 390 CSS px at 2 device pixels per CSS pixel, a common cheap Android phone).
 */
export function oversizedImages(document: Document, viewportPx = 390, pixelRatio = 2, tolerance = 1.5): OversizedImage[] {
  const found: OversizedImage[] = [];
  for (const img of elementsUnder(document).filter((element) => element.tagName === 'img')) {
    // The first <source> a browser can use decides; all candidates here share their widths.
    const chosenTag = [...sourcesOf(img), img].find((element) => attribute(element, 'srcset')) ?? img;
    const src = url(img, 'src') ?? '';
    if (!isLocal(src) || src.endsWith('.svg')) continue;
    const sizes = attribute(chosenTag, 'sizes') ?? attribute(img, 'sizes');
    const declaredWidth = Number(attribute(img, 'width') ?? 0) || undefined;
    const shown = Math.min(viewportPx, (sizes ? slotWidth(sizes, viewportPx) : undefined) ?? declaredWidth ?? viewportPx);
    const srcset = attribute(chosenTag, 'srcset');
    const candidates = srcset ? parseSrcset(srcset) : [];
    const served = candidates.length ? chosenCandidate(candidates, shown * pixelRatio)?.width : declaredWidth;
    if (served && served > shown * pixelRatio * tolerance) found.push({ src, servedWidth: served, shownWidth: Math.round(shown) });
  }
  return found;
}

/** The <source> elements a browser weighs for an <img>: those before it in its <picture>. */
function sourcesOf(img: Element): Element[] {
  const picture = img.parentNode;
  if (!picture || !isElement(picture) || picture.tagName !== 'picture') return [];
  const siblings = picture.childNodes.filter(isElement);
  return siblings.slice(0, siblings.indexOf(img)).filter((element) => element.tagName === 'source');
}
