/**
 * Checks that need a real layout, run in Chromium on a page that is already open: axe with
 * every rule (colour contrast, target size and link distinguishability included), a visible
 * focus indicator on every element Tab reaches, and no sideways scrolling at 320 CSS px.
 */
import axe from 'axe-core';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { findingsFromAxe, shorten } from './axe-results.ts';
import { messages } from './messages.ts';
import { browserRunOptions } from './rules.ts';
import type { Finding } from './types.ts';

export const DESKTOP_VIEWPORT = { width: 1280, height: 800 } as const;
export const NARROWEST_VIEWPORT = { width: 320, height: 640 } as const;

interface ElementReport {
  target: string;
  html: string;
  right?: number;
}

/** Which axe rules run in the page: only those jsdom cannot answer, or all of them. */
export type AxeScope = 'rendering' | 'all';

export async function axeInPage(page: Page, scope: AxeScope = 'all'): Promise<Finding[]> {
  // A page opened by a checking session (chromium-session.ts) has axe already.
  const loaded = await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function');
  if (!loaded) await page.evaluate(axe.source);
  const results = await page.evaluate(
    (options) => (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<AxeResults> } }).axe.run(document, options),
    browserRunOptions(scope),
  );
  return findingsFromAxe(results.violations, 'chromium');
}

/**
 * Focuses every element Tab can reach and compares its look with and without focus. One real
 * Tab press first puts Chromium in keyboard mode, so programmatic focus shows :focus-visible
 * exactly as a keyboard user would see it.
 */
export async function elementsWithoutVisibleFocus(page: Page): Promise<ElementReport[]> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const focusable = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex]:not([tabindex="-1"]), [contenteditable=""], [contenteditable="true"]';
    const properties = ['outline-style', 'outline-width', 'outline-color', 'box-shadow', 'background-color', 'color', 'text-decoration-line', 'text-decoration-thickness', 'border-top-color', 'border-bottom-color', 'top', 'left'];
    const selectorOf = (element: Element): string => {
      const parts: string[] = [];
      for (let node: Element | null = element; node && node !== document.documentElement && parts.length < 4; node = node.parentElement) {
        if (node.id) {
          parts.unshift(`#${CSS.escape(node.id)}`);
          break;
        }
        const siblings = node.parentElement ? [...node.parentElement.children].filter((sibling) => sibling.tagName === node!.tagName) : [];
        const nth = siblings.length > 1 ? `:nth-of-type(${siblings.indexOf(node) + 1})` : '';
        const classes = [...node.classList].slice(0, 2).map((name) => `.${CSS.escape(name)}`).join('');
        parts.unshift(`${node.tagName.toLowerCase()}${classes}${nth}`);
      }
      return parts.join(' > ');
    };
    const look = (element: Element) => {
      const style = getComputedStyle(element);
      return properties.map((property) => style.getPropertyValue(property)).join('|');
    };
    const reports: { target: string; html: string }[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(focusable)) {
      if (element.closest('[inert]') || element.getClientRects().length === 0 || getComputedStyle(element).visibility === 'hidden') continue;
      (document.activeElement as HTMLElement | null)?.blur();
      const before = look(element);
      element.focus({ preventScroll: true, focusVisible: true } as FocusOptions);
      if (document.activeElement !== element) continue;
      if (look(element) === before) reports.push({ target: selectorOf(element), html: element.outerHTML.slice(0, 400) });
    }
    (document.activeElement as HTMLElement | null)?.blur();
    return reports;
  });
}

/** At 320 CSS px: the elements that stick out to the right, outermost first, when the page scrolls sideways. */
export async function elementsWiderThanViewport(page: Page): Promise<ElementReport[]> {
  await page.setViewportSize(NARROWEST_VIEWPORT);
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= limit) return [];
    const scrollsOnItsOwn = (element: Element) => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(element).overflowX);
    const reports: { target: string; html: string; right: number }[] = [];
    const report = (element: Element, right: number) => {
      const name = element.tagName.toLowerCase() + [...element.classList].slice(0, 2).map((c) => `.${c}`).join('');
      reports.push({ target: element.id ? `#${element.id}` : name, html: element.outerHTML.slice(0, 400), right: Math.round(right) });
    };
    /** Whether the element or something in it sticks out; reports the outermost such element. */
    const walk = (element: Element): boolean => {
      const outermost = element === document.body || element === document.documentElement;
      const box = element.getBoundingClientRect();
      if (box.right > limit + 1 && !outermost) {
        report(element, box.right);
        return true;
      }
      if (scrollsOnItsOwn(element) && !outermost) return false;
      let found = false;
      for (const child of element.children) found = walk(child) || found;
      // Text that cannot wrap (a long word or address) widens no element's box, only the
      // scroll width of the element that holds it: that element is the one to name.
      if (!found && !outermost && element.scrollWidth > element.clientWidth + 1) {
        report(element, box.left + element.scrollWidth);
        return true;
      }
      return found;
    };
    walk(document.body);
    return reports.slice(0, 10);
  });
}

/** All rendered checks on an open page; leaves the viewport as it found it. */
export async function renderedChecks(page: Page, scope: AxeScope = 'all'): Promise<Finding[]> {
  const findings = await axeInPage(page, scope);
  for (const element of await elementsWithoutVisibleFocus(page)) {
    findings.push({
      rule: 'focus-visible',
      impact: 'serious',
      help: messages.focusNotVisibleHelp,
      helpUrl: 'https://www.w3.org/WAI/WCAG22/Understanding/focus-visible.html',
      target: element.target,
      html: shorten(element.html),
      fix: messages.focusNotVisibleFix,
      engine: 'chromium',
    });
  }
  const viewport = page.viewportSize();
  for (const element of await elementsWiderThanViewport(page)) {
    findings.push({
      rule: 'reflow-320',
      impact: 'serious',
      help: messages.reflowHelp,
      helpUrl: 'https://www.w3.org/WAI/WCAG22/Understanding/reflow.html',
      target: element.target,
      html: shorten(element.html),
      fix: messages.reflowFix(element.right ?? 0),
      engine: 'chromium',
    });
  }
  if (viewport) await page.setViewportSize(viewport);
  return findings;
}
