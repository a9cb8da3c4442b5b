/**
 * Reflow and text size. At 320 CSS px wide (a 1280 px screen zoomed to 400%) no page scrolls
 * sideways. With the browser's text size doubled (Chromium's default font size set from 16 to
 * 32 px, as a reader with low vision would), on a desktop screen and on a phone, nothing is
 * cut off, no text overlaps other text, and a table too wide to fit scrolls on its own.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP_VIEWPORT, NARROWEST_VIEWPORT, axeInPage } from '../../src/integrations/accessibility/rendered-checks.ts';
import { builtSiteInChromium } from '../helpers/built-site-browser.ts';
import { allBuiltPages, onePagePerTemplate } from '../helpers/page-samples.ts';

const site = builtSiteInChromium();


/** Text cut off by a box that hides overflow, and pairs of text lines that overlap, as descriptions. */
function clippedAndOverlapping(): { clipped: string[]; overlapping: string[] } {
  const describe = (element: Element) => `${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).split(' ')[0]}` : ''} "${(element.textContent ?? '').trim().slice(0, 30)}"`;
  const hiddenOnPurpose = (element: Element) => Boolean(element.closest('.visually-hidden, [hidden], [aria-hidden="true"], svg, details:not([open]) > :not(summary)'));
  const clipped: string[] = [];
  for (const element of document.body.querySelectorAll('*')) {
    if (hiddenOnPurpose(element)) continue;
    const style = getComputedStyle(element);
    const hidesX = ['hidden', 'clip'].includes(style.overflowX);
    const hidesY = ['hidden', 'clip'].includes(style.overflowY);
    if ((hidesX && element.scrollWidth > element.clientWidth + 1) || (hidesY && element.scrollHeight > element.clientHeight + 1)) clipped.push(describe(element));
  }
  const lines: { rect: DOMRect; owner: Element }[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const owner = node.parentElement;
    if (!owner || !node.textContent?.trim() || hiddenOnPurpose(owner) || getComputedStyle(owner).visibility === 'hidden') continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const rect of range.getClientRects()) if (rect.width > 1 && rect.height > 1) lines.push({ rect, owner });
  }
  const overlapping: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const a = lines[i]!;
      const b = lines[j]!;
      if (a.owner === b.owner) continue;
      const width = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
      const height = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
      // Line boxes of neighbouring lines may touch by a pixel or two; text on text is more.
      if (width > 2 && height > 4) overlapping.push(`${describe(a.owner)} × ${describe(b.owner)}`);
    }
  }
  return { clipped, overlapping };
}

describe('at 320 CSS px wide', () => {
  let page: Page;
  beforeAll(async () => {
    page = await (await site.browser.newContext({ viewport: NARROWEST_VIEWPORT })).newPage();
  });

  it.each(allBuiltPages().map((built) => [built.path]))('%s does not scroll sideways', async (path) => {
    await page.goto(`${site.url}${path}`);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });
});

describe.each([
  ['on a desktop screen', DESKTOP_VIEWPORT],
  ['on a phone', { width: 360, height: 740 }],
])('with text at 200%% %s', (_screen, viewport) => {
  let page: Page;
  beforeAll(async () => {
    page = await (await site.browser.newContext({ viewport })).newPage();
    const devtools = await page.context().newCDPSession(page);
    await devtools.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
  });

  it('really doubles the text', async () => {
    await page.goto(`${site.url}/`);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
  });

  it.each(onePagePerTemplate().map((built) => [built.path]))('%s: nothing is cut off, nothing overlaps, no sideways scroll', async (path) => {
    await page.goto(`${site.url}${path}`);
    const { clipped, overlapping } = await page.evaluate(clippedAndOverlapping);
    expect(clipped).toEqual([]);
    expect(overlapping).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    // A table too wide for the screen scrolls on its own, and the keyboard can scroll it.
    const unreachable = (await axeInPage(page, 'rendering')).filter((finding) => finding.rule === 'scrollable-region-focusable');
    expect(unreachable.map((finding) => finding.target)).toEqual([]);
  });

  it('would notice overlapping text', async () => {
    await page.goto(`${site.url}/`);
    await page.evaluate(() => {
      const label = document.createElement('p');
      label.textContent = 'Teks yang menimpa judul';
      label.style.cssText = 'position:absolute;top:0;left:0;margin:0';
      document.body.prepend(label);
      const brand = document.querySelector('.site-brand') as HTMLElement;
      Object.assign(brand.style, { position: 'absolute', top: '0', left: '0' });
    });
    expect((await page.evaluate(clippedAndOverlapping)).overlapping.length).toBeGreaterThan(0);
  });
});
