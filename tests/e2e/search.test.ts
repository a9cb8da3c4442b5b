/**
 * The site search in real Chromium against the fresh build: the header form, queries in
 * Indonesian (stemmed forms included), filters, sorting, the empty state, the back button,
 * keyboard use, announcements, the page without JavaScript, and axe.
 */
import axe from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSiteInChromium } from '../helpers/built-site-browser.ts';

const site = builtSiteInChromium();

let context: BrowserContext;

beforeAll(async () => {
  context = await site.browser.newContext();
});

const status = (page: Page) => page.locator('[data-search-status]');

/** Waits until the status line reports a finished search, then returns it. */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const text = document.querySelector('[data-search-status]')?.textContent ?? '';
    return text !== '' && !text.endsWith('…');
  });
  return (await status(page).textContent()) ?? '';
}

async function search(query: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${site.url}/cari/${query}`);
  await settled(page);
  return page;
}

/** The number of results the status line reports (all of them, not only those shown). */
async function resultCount(page: Page): Promise<number> {
  return Number(/^(\d+) hasil/.exec(await settled(page))?.[1] ?? 0);
}

async function resultPaths(page: Page): Promise<string[]> {
  return page.locator('.search-result__title a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

async function resultTypes(page: Page): Promise<string[]> {
  return page.locator('.search-result__type').allTextContents();
}

async function resultDates(page: Page): Promise<(string | null)[]> {
  return page.locator('.search-result__meta').evaluateAll((lines) => lines.map((line) => line.querySelector('time')?.getAttribute('datetime') ?? null));
}

describe('finding pages', () => {
  it('takes a query from the header form of any page to the results', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/profil/`);
    await page.getByRole('searchbox', { name: 'Cari' }).fill('sertifikat');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/cari\/\?q=sertifikat$/);
    expect(await settled(page)).toMatch(/^\d+ hasil untuk “sertifikat”\./);
    expect(await resultPaths(page)).toContain('/layanan/sertifikasi/');
    expect(await page.locator('#search-query').inputValue()).toBe('sertifikat');
    expect(await page.title()).toMatch(/^Hasil pencarian “sertifikat” \| /);
    await page.close();
  });

  it('finds the service a reader means: impor, pengaduan', async () => {
    const impor = await search('?q=impor');
    expect((await resultPaths(impor))[0]).toBe('/layanan/surat-keterangan-impor/');
    const pengaduan = await search('?q=pengaduan');
    expect(await resultPaths(pengaduan)).toEqual(expect.arrayContaining(['/pengaduan/', '/layanan/pengaduan-dan-informasi/']));
    await impor.close();
    await pengaduan.close();
  });

  it('shows each result with its title, content type, date where one applies, and the match highlighted', async () => {
    const page = await search('?q=sertifikat');
    const first = page.locator('.search-result').first();
    expect(await first.locator('h2 a').textContent()).toMatch(/\S/);
    expect(await first.locator('.search-result__type').textContent()).toBe('Layanan');
    expect(await first.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await first.locator('.search-result__meta').textContent()).toMatch(/Ditinjau \d{1,2} [A-Z][a-z]+ \d{4}/);
    expect((await first.locator('mark').allTextContents()).some((text) => /sertifikat/i.test(text))).toBe(true);
    const undated = await search('?q=kepala%20kantor');
    const profile = undated.locator('.search-result', { has: undated.locator('a[href="/profil/"]') });
    expect(await profile.locator('.search-result__type').textContent()).toBe('Informasi');
    expect(await profile.locator('time').count()).toBe(0);
    await page.close();
    await undated.close();
  });

  // Pairs checked against Pagefind's Indonesian stemmer: "mengadukan" and "dilatih" do not
  // occur in the content; "pengaduan", "pelatihan" and "terlatih" do.
  it('finds stemmed forms: mengadukan finds pengaduan, dilatih finds pelatihan', async () => {
    const complaint = await search('?q=mengadukan');
    expect(await resultPaths(complaint)).toContain('/layanan/pengaduan-dan-informasi/');
    expect((await complaint.locator('mark').allTextContents()).map((text) => text.toLowerCase())).toContain('pengaduan');
    const training = await search('?q=dilatih');
    expect(await resultPaths(training)).toContain('/layanan/pendampingan-umkm/');
    expect((await training.locator('mark').allTextContents()).map((text) => text.toLowerCase())).toContain('pelatihan');
    await complaint.close();
    await training.close();
  });

  it('never returns the 404 page, the search page itself, or text from header and footer', async () => {
    const notFoundOnly = await search('?q=dipindahkan');
    expect(await notFoundOnly.locator('.search-result').count()).toBe(0);
    // "Menu" opens the navigation in every page's header and occurs nowhere in <main>.
    const headerOnly = await search('?q=menu');
    expect(await headerOnly.locator('.site-header summary', { hasText: 'Menu' }).count()).toBe(1);
    expect(await headerOnly.locator('.search-result').count()).toBe(0);
    await notFoundOnly.close();
    await headerOnly.close();
  });
});

describe('filters and sorting', () => {
  it('narrows results by content type and by year, chosen in the form', async () => {
    const page = await search('?q=impor');
    const all = await resultCount(page);
    expect(new Set(await resultTypes(page)).size).toBeGreaterThan(1);

    await page.locator('#search-type').selectOption('forum');
    await page.locator('[data-search-form] button[type="submit"]').click();
    await page.waitForURL(/jenis=forum/);
    expect(await settled(page)).toMatch(/hasil untuk “impor”\. Disaring: Forum\./);
    const forums = await resultCount(page);
    expect(forums).toBeGreaterThan(0);
    expect(forums).toBeLessThan(all);
    expect(new Set(await resultTypes(page))).toEqual(new Set(['Forum']));

    await page.locator('#search-year').selectOption('2024');
    await page.locator('[data-search-form] button[type="submit"]').click();
    await page.waitForURL(/tahun=2024/);
    const forumsOf2024 = await resultCount(page);
    expect(forumsOf2024).toBeGreaterThan(0);
    expect(forumsOf2024).toBeLessThan(forums);
    const dates = await resultDates(page);
    expect(dates.every((date) => date?.startsWith('2024-'))).toBe(true);
    await page.close();
  });

  it('sorts newest first on request, undated pages last', async () => {
    const page = await search('?q=pengaduan&urut=terbaru');
    expect(await page.locator('#search-sort').inputValue()).toBe('terbaru');
    const dates = await resultDates(page);
    const firstUndated = dates.indexOf(null);
    const dated = dates.slice(0, firstUndated === -1 ? undefined : firstUndated) as string[];
    expect(dated.length).toBeGreaterThan(2);
    expect(dated).toEqual([...dated].sort().reverse());
    if (firstUndated !== -1) expect(dates.slice(firstUndated).every((date) => date === null)).toBe(true);
    await page.close();
  });

  it('lists every entry of a type without words, newest first', async () => {
    const page = await search('?jenis=layanan');
    expect(await settled(page)).toMatch(/^6 hasil\. Disaring: Layanan\./);
    await page.close();
  });
});

describe('more results', () => {
  it('shows five at a time and moves focus to the first newly shown result', async () => {
    const page = await search('?q=pengaduan');
    const total = await resultCount(page);
    expect(total).toBeGreaterThan(10);
    expect(await page.locator('.search-result').count()).toBe(5);
    const more = page.locator('[data-search-more]');
    expect(await more.textContent()).toBe('Tampilkan 5 hasil berikutnya');
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.search-result').length === 10);
    const sixth = await page.locator('.search-result').nth(5).locator('a').getAttribute('href');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(sixth);
    await page.close();
  });
});

describe('when nothing matches', () => {
  it('says so and offers suggestions: other words, the lists, and dropping the filters', async () => {
    const page = await search('?q=zzqxj&jenis=berita');
    expect(await settled(page)).toBe('Tidak ada hasil untuk “zzqxj”. Disaring: Berita.');
    const empty = page.locator('[data-search-empty]');
    expect(await empty.isVisible()).toBe(true);
    expect(await empty.locator('a[href="/cari/?q=sertifikat"]').count()).toBe(1);
    expect(await empty.locator('a[href="/layanan/"]').count()).toBe(1);
    expect(await empty.locator('a[href="/berita/"]').count()).toBe(1);
    const clear = empty.getByRole('link', { name: 'Cari tanpa saringan jenis dan tahun' });
    expect(new URL((await clear.getAttribute('href')) ?? '', site.url).search).toBe('?q=zzqxj');
    await page.close();
  });
});

describe('history, keyboard and announcements', () => {
  it('restores the previous query and its results with the back button', async () => {
    const page = await search('?q=impor');
    const imporResults = await resultPaths(page);
    await page.locator('#search-query').fill('pengujian');
    await page.locator('#search-query').press('Enter');
    await page.waitForURL(/q=pengujian/);
    expect(await settled(page)).toMatch(/“pengujian”/);
    await page.goBack();
    await page.waitForURL(/q=impor$/);
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('“impor”'));
    expect(await page.locator('#search-query').inputValue()).toBe('impor');
    expect(await resultPaths(page)).toEqual(imporResults);
    await page.close();
  });

  it('can be used with the keyboard alone, from the skip link to opening a result', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}/cari/`);
    let focused = '';
    for (let presses = 0; presses < 40 && focused !== 'search-query'; presses += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('search-query');
    await page.keyboard.type('impor');
    await page.keyboard.press('Enter');
    await settled(page);
    let href = '';
    for (let presses = 0; presses < 10 && !href.includes('/layanan/'); presses += 1) {
      await page.keyboard.press('Tab');
      href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href ?? '');
    }
    expect(href).toContain('/layanan/surat-keterangan-impor/');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/layanan\/surat-keterangan-impor\/$/);
    await page.close();
  });

  it('announces the number of results in a status region each time it changes', async () => {
    const page = await search('?q=impor');
    expect(await status(page).getAttribute('role')).toBe('status');
    const announced: string[] = [];
    await page.exposeFunction('recordAnnouncement', (text: string) => announced.push(text));
    await page.evaluate(() => {
      const region = document.querySelector('[data-search-status]')!;
      new MutationObserver(() => (window as unknown as { recordAnnouncement: (text: string) => void }).recordAnnouncement(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
    });
    await page.locator('#search-query').fill('pengaduan');
    await page.locator('#search-query').press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('“pengaduan”'));
    expect(announced.at(-1)).toMatch(/^\d+ hasil untuk “pengaduan”\.$/);
    await page.close();
  });
});

describe('without JavaScript', () => {
  it('says search needs JavaScript and points to the lists of news, services and forums', async () => {
    const noScript = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${site.url}/cari/?q=impor`);
    const fallback = page.locator('[data-search-fallback]');
    expect(await fallback.isVisible()).toBe(true);
    expect(await fallback.textContent()).toContain('Pencarian memerlukan JavaScript');
    for (const href of ['/berita/', '/layanan/', '/forum/']) expect(await fallback.locator(`a[href="${href}"]`).count()).toBe(1);
    expect(await page.locator('[data-search-ui]').isVisible()).toBe(false);
    await noScript.close();
  });
});

describe('accessibility', () => {
  const runAxe = async (page: Page) => {
    await page.addScriptTag({ content: axe.source });
    return page.evaluate(async () => {
      // The example-data banner belongs to the shared layout and is checked by the site-wide gate.
      const result = await (window as unknown as { axe: typeof axe }).axe.run({ exclude: ['.example-banner'] }, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      });
      return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
    });
  };

  it('has no axe violations with results, with the empty state, or without JavaScript', async () => {
    const results = await search('?q=sertifikat&urut=terbaru');
    expect(await runAxe(results)).toEqual([]);
    const empty = await search('?q=zzqxj&tahun=2024');
    expect(await runAxe(empty)).toEqual([]);
    // axe needs script to run, so the page without JavaScript is checked with the site's
    // own scripts blocked: what remains is exactly what a browser without JavaScript shows.
    const fallback = await context.newPage();
    await fallback.route('**/_astro/*.js', (route) => route.abort());
    await fallback.goto(`${site.url}/cari/?q=impor`);
    expect(await fallback.locator('[data-search-fallback]').isVisible()).toBe(true);
    expect(await runAxe(fallback)).toEqual([]);
    await Promise.all([results.close(), empty.close(), fallback.close()]);
  });
});
