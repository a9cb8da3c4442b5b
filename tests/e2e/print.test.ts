/**
 * A service standard printed for the service room: A4 pages, no navigation, search, footer or
 * breadcrumbs, and the address of every link printed after its text.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSiteInChromium } from '../helpers/built-site-browser.ts';
import { allBuiltPages } from '../helpers/page-samples.ts';

const site = builtSiteInChromium();

const A4_POINTS = { width: 595.28, height: 841.89 };
const standard = allBuiltPages().find((built) => /^\/layanan\/[^/]+\/$/.test(built.path));
let page: Page;

beforeAll(async () => {
  page = await site.browser.newPage();
  await page.goto(`${site.url}${standard?.path ?? '/layanan/'}`);
  await page.emulateMedia({ media: 'print' });
});

describe('a printed service standard', () => {
  it('exists in the build', () => {
    expect(standard).toBeDefined();
  });

  it('prints on A4 pages, as the stylesheet asks', async () => {
    const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: false })).toString('latin1');
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((match) => ({ width: Number(match[1]), height: Number(match[2]) }));
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) {
      expect(Math.abs(box.width - A4_POINTS.width)).toBeLessThan(2);
      expect(Math.abs(box.height - A4_POINTS.height)).toBeLessThan(2);
    }
  });

  it('leaves out navigation, search, breadcrumbs and the footer', async () => {
    for (const selector of ['.site-nav', '.site-search', '.breadcrumbs', '.site-footer', '.skip-link']) {
      expect(await page.locator(selector).evaluateAll((elements) => elements.every((element) => getComputedStyle(element).display === 'none')), selector).toBe(true);
    }
    expect(await page.locator('main h1').isVisible()).toBe(true);
  });

  it('prints the address after every link in the content', async () => {
    const links = await page.locator('main a[href]').evaluateAll((anchors) =>
      anchors.map((anchor) => ({ href: anchor.getAttribute('href') ?? '', after: getComputedStyle(anchor, '::after').content })),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link.after, link.href).toBe(`" (${link.href})"`);
  });

  it('shows no address after links on screen', async () => {
    await page.emulateMedia({ media: 'screen' });
    const after = await page.locator('main a[href]').first().evaluate((anchor) => getComputedStyle(anchor, '::after').content);
    await page.emulateMedia({ media: 'print' });
    expect(after).toBe('none');
  });
});
