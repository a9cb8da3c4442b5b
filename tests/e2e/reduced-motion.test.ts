/**
 * prefers-reduced-motion: when the reader's device asks for less motion, nothing on any page
 * animates or transitions, and scrolling jumps instead of gliding. A planted animation shows
 * the test would notice one.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSiteInChromium } from '../helpers/built-site-browser.ts';
import { onePagePerTemplate } from '../helpers/page-samples.ts';

const site = builtSiteInChromium();


/** Elements that would move: an animation, a transition longer than zero, or smooth scrolling. */
function moving(): string[] {
  const found: string[] = [];
  for (const element of [document.documentElement, ...document.body.querySelectorAll('*')]) {
    const style = getComputedStyle(element);
    const durations = style.transitionDuration.split(',').map((value) => parseFloat(value));
    if (style.animationName !== 'none' || durations.some((seconds) => seconds > 0) || style.scrollBehavior === 'smooth') {
      found.push(`${element.tagName.toLowerCase()}.${String(element.className)}`);
    }
  }
  return found;
}

function plantMotion(): void {
  const style = document.createElement('style');
  style.textContent = '@keyframes denyut { to { opacity: 0.5; } } .bergerak { animation: denyut 1s infinite; transition: color 0.3s; }';
  document.head.append(style);
  const element = document.createElement('p');
  element.className = 'bergerak';
  element.textContent = 'Bergerak';
  document.querySelector('main')?.append(element);
}

describe('with reduced motion requested', () => {
  let page: Page;
  beforeAll(async () => {
    page = await (await site.browser.newContext({ reducedMotion: 'reduce' })).newPage();
  });

  it.each(onePagePerTemplate().map((built) => [built.path]))('%s: nothing moves', async (path) => {
    await page.goto(`${site.url}${path}`);
    expect(await page.evaluate(moving)).toEqual([]);
  });

  it('stops even an animation added later', async () => {
    await page.goto(`${site.url}/`);
    await page.evaluate(plantMotion);
    expect(await page.evaluate(moving)).toEqual([]);
  });
});

describe('without the request', () => {
  it('lets the same planted animation run, so the check above can fail', async () => {
    const page = await (await site.browser.newContext({ reducedMotion: 'no-preference' })).newPage();
    await page.goto(`${site.url}/`);
    await page.evaluate(plantMotion);
    expect(await page.evaluate(moving)).toEqual(['p.bergerak']);
  });
});
