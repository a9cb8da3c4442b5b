/**
 * The main navigation on a phone-sized screen (360 × 740, touch): the wide menu gives way to a
 * "Menu" disclosure that opens and is followed by keyboard and by touch, with targets of at
 * least 44 × 44 CSS px.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { builtSiteInChromium } from '../helpers/built-site-browser.ts';

const site = builtSiteInChromium();

const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 } as const;
let context: BrowserContext;
let page: Page;

beforeEach(async () => {
  await context?.close();
  context = await site.browser.newContext(PHONE);
  page = await context.newPage();
  await page.goto(`${site.url}/`);
});

const menu = () => page.locator('.site-nav__narrow');
const menuButton = () => page.locator('.site-nav__narrow summary');
const menuLink = (label: string) => page.locator('.site-nav__narrow a', { hasText: label });

describe('navigation on a phone', () => {
  it('shows one navigation: the Menu button, closed, and hides the wide list', async () => {
    expect(await page.locator('.site-nav__wide').isVisible()).toBe(false);
    expect(await menuButton().isVisible()).toBe(true);
    expect(await menu().evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(await menuLink('Layanan').isVisible()).toBe(false);
  });

  it('opens with a tap and follows a link with a tap, on targets of at least 44 × 44 px', async () => {
    const button = await menuButton().boundingBox();
    expect(button && button.height >= 44 && button.width >= 44).toBe(true);
    await menuButton().tap();
    expect(await menuLink('Layanan').isVisible()).toBe(true);
    for (const link of await page.locator('.site-nav__narrow a').all()) {
      const box = await link.boundingBox();
      expect(box && box.height >= 44).toBe(true);
    }
    await Promise.all([page.waitForURL(`${site.url}/layanan/`), menuLink('Layanan').tap()]);
    expect(new URL(page.url()).pathname).toBe('/layanan/');
  });

  it('closes again with a second tap', async () => {
    await menuButton().tap();
    await menuButton().tap();
    expect(await menuLink('Layanan').isVisible()).toBe(false);
  });

  it('opens with Enter, is walked with Tab, and follows a link with Enter', async () => {
    for (let step = 0; step < 10; step++) {
      await page.keyboard.press('Tab');
      if (await menuButton().evaluate((summary) => summary === document.activeElement)) break;
    }
    expect(await menuButton().evaluate((summary) => summary === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await menu().evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Beranda');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Layanan');
    await Promise.all([page.waitForURL(`${site.url}/layanan/`), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe('/layanan/');
  });

  it('closes with Space from the Menu button', async () => {
    await menuButton().focus();
    await page.keyboard.press('Space');
    expect(await menu().evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    await page.keyboard.press('Space');
    expect(await menu().evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
  });
});
