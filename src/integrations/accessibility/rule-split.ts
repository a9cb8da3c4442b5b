/**
 * Which axe rules may be answered part by part (each distinct frame once, each page's regions
 * on their own) and which need the whole page every time. Every rule not listed here runs on
 * frame and regions: its answer about an element depends only on that element, its ancestors,
 * its descendants and the elements it refers to by id, all of which page-regions.ts puts in
 * the frame key or checks in the region. The rules below compare elements across the page,
 * judge the page as a whole, or read <html> and <head>, which differ from page to page; they
 * run on the whole page, every page. tests/unit/accessibility-frames.test.ts holds every rule
 * axe runs here against this list: a rule whose checks gather results across the page (an
 * `after` step) or that matches <html> must be listed, save `region` (content outside
 * landmarks), in PARTS_DESPITE_AFTER with its reason.
 */
import type { RunOptions } from 'axe-core';
import type { RuleException } from './accepted.ts';
import { jsdomRunOptions } from './rules.ts';

export const WHOLE_PAGE_RULES: readonly RuleException[] = [
  { rule: 'bypass', reason: 'Asks whether the page as a whole offers a skip link, headings or landmarks.' },
  { rule: 'document-title', reason: 'Reads the <title>, which every page has of its own.' },
  { rule: 'html-has-lang', reason: 'Judges the <html> element, which holds the page.' },
  { rule: 'html-lang-valid', reason: 'Judges the <html> element, which holds the page.' },
  { rule: 'html-xml-lang-mismatch', reason: 'Judges the <html> element, which holds the page.' },
  { rule: 'landmark-one-main', reason: 'Counts the main landmarks of the whole page.' },
  { rule: 'page-has-heading-one', reason: 'Looks for an <h1> anywhere; it sits in the content, the answer is about the page.' },
  { rule: 'heading-order', reason: 'Compares each heading with the one before it, across frame and content.' },
  { rule: 'duplicate-id-aria', reason: 'Compares ids across the whole page.' },
  { rule: 'landmark-unique', reason: 'Compares the names of landmarks across the whole page.' },
  { rule: 'landmark-no-duplicate-banner', reason: 'Counts banner landmarks across the whole page.' },
  { rule: 'landmark-no-duplicate-contentinfo', reason: 'Counts contentinfo landmarks across the whole page.' },
  { rule: 'landmark-no-duplicate-main', reason: 'Counts main landmarks across the whole page.' },
  { rule: 'accesskeys', reason: 'Compares access keys across the whole page.' },
  { rule: 'frame-title-unique', reason: 'Compares the titles of iframes across the whole page.' },
  { rule: 'frame-tested', reason: 'Judges <html> and every iframe of the page together.' },
  { rule: 'frame-focusable-content', reason: 'Judges the <html> element of a framed page.' },
];

/**
 * Rules with an `after` step that still run on frame and region, each with why its answer
 * about an element does not depend on the other part.
 */
export const PARTS_DESPITE_AFTER: readonly RuleException[] = [
  {
    rule: 'region',
    reason:
      'Its after step only carries results into iframes. Whether an element lies outside every landmark depends on its ancestors and on whether it holds a landmark; every region is a landmark (page-regions.ts), so a frame element gets the same answer whatever the regions hold, and no element inside a region is ever outside a landmark.',
  },
];

/** axe options for the frame pass: every jsdom rule except the whole-page ones. */
export function partRunOptions(): RunOptions {
  const options = jsdomRunOptions();
  const off = Object.fromEntries(WHOLE_PAGE_RULES.map(({ rule }) => [rule, { enabled: false }]));
  return { ...options, rules: { ...options.rules, ...off } };
}

/** A selector list cut at its top-level commas (not those inside :is(...) or quotes). */
function selectorParts(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let current = '';
  for (const character of selector) {
    if (quote) {
      if (character === quote) quote = '';
    } else if (character === '"' || character === "'") {
      quote = character;
    } else if (character === '(') {
      depth += 1;
    } else if (character === ')') {
      depth -= 1;
    } else if (character === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
      continue;
    }
    current += character;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/**
 * A rule's selector narrowed to the regions of a page: what it matched inside a region (or a
 * region itself), and nothing in the frame. `regions` are selectors for the region elements.
 */
export function scopeToRegions(selector: string, regions: readonly string[]): string {
  return selectorParts(selector)
    .flatMap((part) => {
      // A compound selector (no combinator outside parentheses) may match the region itself.
      const compound = !/[\s>+~]/.test(part.replace(/\([^()]*\)/g, '()'));
      return regions.flatMap((region) => [`${region} ${part}`, ...(compound ? [`${region}:is(${part})`] : [])]);
    })
    .join(', ');
}
