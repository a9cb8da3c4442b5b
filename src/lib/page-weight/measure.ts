/**
 * Measures what one built page costs a reader: its HTML plus the stylesheets, scripts and
 * fonts it loads, as sent gzip-compressed (a conservative stand-in for brotli). Content
 * photos are not counted here; they are judged by whether their size fits the screen.
 */
import { gzipSync } from 'node:zlib';
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

const ATTRIBUTE = (name: string) => new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');

export function attribute(tag: string, name: string): string | undefined {
  const match = ATTRIBUTE(name).exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

export function tags(html: string, name: string): string[] {
  return html.match(new RegExp(`<${name}\\b[^>]*>`, 'gi')) ?? [];
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

export function pageWeightFacts(html: string): PageWeightFacts {
  const stylesheets: string[] = [];
  const modulePreloads: string[] = [];
  const scripts: string[] = [];
  for (const link of tags(html, 'link')) {
    const rel = attribute(link, 'rel')?.toLowerCase() ?? '';
    const href = attribute(link, 'href');
    if (!href || !isLocal(href)) continue;
    if (rel.includes('stylesheet')) stylesheets.push(href);
    else if (rel.includes('modulepreload')) modulePreloads.push(href);
  }
  for (const script of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) ?? []) {
    const open = script.slice(0, script.indexOf('>') + 1);
    const type = attribute(open, 'type')?.toLowerCase();
    if (type === 'application/ld+json' || type === 'application/json') continue;
    scripts.push(attribute(open, 'src') ?? 'inline');
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

export function measurePage(html: string, readAsset: AssetReader): PageWeight {
  return weighPage(pageWeightFacts(html), readAsset);
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
export function oversizedImages(html: string, viewportPx = 390, pixelRatio = 2, tolerance = 1.5): OversizedImage[] {
  const found: OversizedImage[] = [];
  const pictures = html.match(/<picture\b[\s\S]*?<\/picture>/gi) ?? [];
  const loneImages = html.replace(/<picture\b[\s\S]*?<\/picture>/gi, '');
  const groups = [...pictures.map((picture) => [...tags(picture, 'source'), ...tags(picture, 'img')]), ...tags(loneImages, 'img').map((img) => [img])];
  for (const group of groups) {
    // The first <source> a browser can use decides; all candidates here share their widths.
    const chosenTag = group.find((tag) => attribute(tag, 'srcset')) ?? group[0];
    if (!chosenTag) continue;
    const img = group.find((tag) => tag.toLowerCase().startsWith('<img')) ?? chosenTag;
    const src = attribute(img, 'src') ?? '';
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
