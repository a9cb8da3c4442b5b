/**
 * Everything the build-time gates derive from one built page on its own, before any
 * cross-page check: what site-check and the security headers need (links, anchors, inline
 * code), what the sitemap and share cards need (the <head> meta), and the page-weight facts of
 * the HTML itself. Derived once per page content and remembered between builds, so a rebuild
 * parses only the pages whose HTML changed.
 */
import { parse } from 'parse5';
import { codeVersion } from '../build-cache/code-version.ts';
import { oversizedImages, pageWeightFacts, type OversizedImage, type PageWeightFacts } from '../lib/page-weight/measure.ts';
import { readPageMeta, type PageMeta } from '../lib/sitemap/page-meta.ts';
import { parsePage, type ParsedPage } from '../site-check/parse-page.ts';

/** A parsed page as it can be stored (ids as a list instead of a Set). */
export interface StoredParsedPage extends Omit<ParsedPage, 'ids'> {
  ids: string[];
}

export interface PageFacts {
  parsed: StoredParsedPage;
  head: PageMeta;
  weight: PageWeightFacts;
  /** Photos a phone would be sent much larger than it shows them. */
  oversizedImages: OversizedImage[];
}

/**
 * The facts come back as they are stored: plain objects and flat strings. parse5 builds each
 * attribute value and text a character at a time, and V8 keeps such a string as a chain of
 * pieces until something reads it whole; the facts of 6,469 pages held 260 MB that way, against
 * 45 MB for the same facts read back from JSON. The build holds every page's facts from the
 * first gate to the last, beside Pagefind, so they are copied flat once, at no measurable cost.
 */
export function derivePageFacts(html: string): PageFacts {
  // Parsed once, for the checks, the head and the page weight alike.
  const document = parse(html);
  const parsed = parsePage(html, document);
  const facts: PageFacts = {
    parsed: { ...parsed, ids: [...parsed.ids] },
    head: readPageMeta(document),
    weight: pageWeightFacts(html, document),
    oversizedImages: oversizedImages(document),
  };
  return JSON.parse(JSON.stringify(facts)) as PageFacts;
}

export function parsedPageOf(facts: PageFacts): ParsedPage {
  return { ...facts.parsed, ids: new Set(facts.parsed.ids) };
}

/**
 * The version of the code that derives the facts (these files and parse5), part of every
 * cached entry's key. Bump FACTS_VERSION for a change these files do not show.
 */
const FACTS_VERSION = '1';

export function factsCodeVersion(): string {
  return codeVersion({
    sources: ['./page-facts.ts', '../site-check/parse-page.ts', '../lib/sitemap/page-meta.ts', '../lib/html/tree.ts', '../lib/page-weight/measure.ts', '../lib/page-weight/responsive-images.ts'].map(
      (module) => new URL(module, import.meta.url),
    ),
    packages: ['parse5'],
    settings: [FACTS_VERSION],
  });
}

/** A light shape check, so a damaged or foreign cache entry is derived again instead of trusted. */
export function looksLikePageFacts(value: unknown): value is PageFacts {
  const facts = value as Partial<PageFacts> | null;
  return (
    typeof facts === 'object' &&
    facts !== null &&
    Array.isArray(facts.parsed?.ids) &&
    Array.isArray(facts.parsed?.references) &&
    Array.isArray(facts.parsed?.inlineScripts) &&
    Array.isArray(facts.parsed?.inlineStyles) &&
    Array.isArray(facts.parsed?.eventHandlers) &&
    Array.isArray(facts.parsed?.httpEquiv) &&
    typeof facts.parsed?.styleAttributes === 'number' &&
    typeof facts.head?.noindex === 'boolean' &&
    typeof facts.weight?.htmlBytes === 'number' &&
    Array.isArray(facts.weight?.stylesheets) &&
    Array.isArray(facts.weight?.modulePreloads) &&
    Array.isArray(facts.weight?.scripts) &&
    Array.isArray(facts.oversizedImages)
  );
}
