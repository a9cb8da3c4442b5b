/**
 * Keyboard only, on one page of every template: the skip link comes first and moves focus to
 * the main content; Tab reaches every link, button and form field in document order (no
 * positive tabindex, nothing skipped, nothing hidden in the way), and each shows a visible
 * focus indicator; links and the search form work with Enter.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { DESKTOP_VIEWPORT, elementsWithoutVisibleFocus } from '../../src/integrations/accessibility/rendered-checks.ts';
import { builtSiteInChromium } from '../helpers/built-site-browser.ts';
import { expectedStops, tabThrough } from '../helpers/keyboard.ts';
import { onePagePerTemplate } from '../helpers/page-samples.ts';

const site = builtSiteInChromium();

const templates = onePagePerTemplate().map((built) => [built.path]);
let page: Page;

beforeEach(async () => {
  await page?.context().close();
  page = await (await site.browser.newContext({ viewport: DESKTOP_VIEWPORT })).newPage();
});

describe('keyboard', () => {
  it('has a page of every template to try', () => {
    expect(templates.length).toBeGreaterThan(8);
  });

  it.each(templates)('%s: the skip link comes first, shows, and moves focus to the main content', async (path) => {
    await page.goto(`${site.url}${path}`);
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('isi-utama');
    // The next Tab continues from the main content (or after it, when it has no links), never back in the header.
    await page.keyboard.press('Tab');
    const afterMainStart = await page.evaluate(() => {
      const main = document.getElementById('isi-utama');
      const active = document.activeElement;
      return Boolean(main && active && (main.contains(active) || main.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING));
    });
    expect(afterMainStart).toBe(true);
  });

  it.each(templates)('%s: Tab reaches every link, button and field in document order', async (path) => {
    await page.goto(`${site.url}${path}`);
    const expected = await expectedStops(page);
    const reached = await tabThrough(page);
    expect(reached.map((stop) => stop.label)).toEqual(expected.map((stop) => stop.label));
    expect(await page.locator('[tabindex]:not([tabindex="0"]):not([tabindex="-1"])').count()).toBe(0);
  });

  it.each(templates)('%s: every element Tab reaches shows where focus is', async (path) => {
    await page.goto(`${site.url}${path}`);
    expect(await elementsWithoutVisibleFocus(page)).toEqual([]);
  });

  it('follows a navigation link with Enter', async () => {
    await page.goto(`${site.url}/`);
    await page.locator('.site-nav__wide a', { hasText: 'Layanan' }).focus();
    await Promise.all([page.waitForURL(`${site.url}/layanan/`), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe('/layanan/');
  });

  it('searches from the header with the keyboard alone', async () => {
    await page.goto(`${site.url}/`);
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // office name
    await page.keyboard.press('Tab'); // search field
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cari-situs');
    await page.keyboard.type('sertifikat');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
    await Promise.all([page.waitForURL(/\/cari\/\?q=sertifikat/), page.keyboard.press('Space')]);
    expect(new URL(page.url()).searchParams.get('q')).toBe('sertifikat');
  });
});
