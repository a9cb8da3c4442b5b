/** Reading what keyboard users meet on a page: the elements Tab should reach, in document order. */
import type { Page } from 'playwright-core';

export interface FocusStop {
  /** A description that tells two stops apart in a failure message. */
  label: string;
  /** The element's position among all elements of the page, in document order. */
  order: number;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';

/** Elements that should be reachable: focusable, displayed and not inside a closed <details>. */
export async function expectedStops(page: Page): Promise<FocusStop[]> {
  return page.evaluate((selector) => {
    const all = [...document.querySelectorAll('*')];
    return [...document.querySelectorAll<HTMLElement>(selector)]
      .filter((element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden')
      .map((element) => ({ label: `${element.tagName.toLowerCase()} "${(element.textContent || element.getAttribute('aria-label') || element.id).trim().slice(0, 40)}"`, order: all.indexOf(element) }));
  }, FOCUSABLE);
}

/** The element that has focus now, described the same way. */
export async function activeStop(page: Page): Promise<FocusStop | undefined> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return undefined;
    const all = [...document.querySelectorAll('*')];
    return { label: `${element.tagName.toLowerCase()} "${(element.textContent || element.getAttribute('aria-label') || element.id).trim().slice(0, 40)}"`, order: all.indexOf(element) };
  });
}

/** Presses Tab until focus leaves the page or comes back round, and returns every stop. */
export async function tabThrough(page: Page, limit = 400): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let step = 0; step < limit; step++) {
    await page.keyboard.press('Tab');
    const stop = await activeStop(page);
    if (!stop || stops.some((seen) => seen.order === stop.order)) break;
    stops.push(stop);
  }
  return stops;
}
