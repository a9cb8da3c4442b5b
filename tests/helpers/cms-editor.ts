/**
 * Driving the editor end to end: a throwaway copy of the project, built, then served as
 * `npm start` serves it (src/local-editing/server.ts: the built site and, on the same origin,
 * decap-server's real middlewares writing into that copy), and Chromium. Shared by the editor
 * tests so each drives Decap the same way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { startLocalPortal, type RunningLocalPortal } from '../../src/local-editing/server.ts';
import { launchChromium } from './browser.ts';
import { buildSite, copySite, type SiteCopy } from './site-copy.ts';

export interface EditorSite {
  site: SiteCopy;
  portal: RunningLocalPortal;
  /** The portal's origin, "http://127.0.0.1:PORT". */
  url: string;
  browser: Browser;
  /** Every origin a page opened with openEditor asked for something. */
  requestedOrigins: Set<string>;
  stop: () => Promise<void>;
}

/** Serves a built copy as `npm start` does; 0 picks any free port. */
export function servePortal(site: SiteCopy): Promise<RunningLocalPortal> {
  return startLocalPortal({ root: site.root, site: join(site.root, 'dist'), port: 0, logLevel: 'warn' });
}

export async function startEditorSite(): Promise<EditorSite> {
  const site = copySite();
  // The build knows nothing of the server: its port is chosen afterwards, as any free one.
  buildSite(site.root, 'dist');
  const portal = await servePortal(site);
  const browser = await launchChromium();
  return {
    site,
    portal,
    url: portal.url.replace(/\/$/, ''),
    browser,
    requestedOrigins: new Set(),
    stop: async () => {
      await browser.close();
      await portal.close();
      site.remove();
    },
  };
}

/** A new page, logged in to the local editor, at `route` (e.g. /collections/news/new); `at` is another portal's origin. */
export async function openEditor(editor: EditorSite, route: string, at: string = editor.url): Promise<Page> {
  const page = await editor.browser.newPage();
  page.on('request', (request) => editor.requestedOrigins.add(new URL(request.url()).origin));
  await page.goto(`${at}/admin/`);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByText('Jenis isi').waitFor();
  await page.goto(`${at}/admin/#${route}`);
  return page;
}

export async function publishNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Terbitkan' }).click();
  await page.getByText('Terbitkan sekarang').click();
}

/**
 * Picks `item` (e.g. "Foto", "Dokumen") from the body's "Tambah komponen" menu. Right after the
 * caret moves (a click or Control+End in a body) the rich-text editor may render again, which
 * closes a menu it has just opened; an editor would simply open it again, so this does too, a
 * few times, before failing.
 */
export async function addBodyComponent(page: Page, item: string): Promise<void> {
  const menuButton = page.getByRole('button', { name: 'Tambah komponen' });
  const choice = page.getByText(item, { exact: true });
  for (let attempt = 1; ; attempt += 1) {
    await menuButton.click();
    try {
      await choice.click({ timeout: 3_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

const wholeFrontmatter = (text: string) => /^---\n[\s\S]*?\n---\n/.test(text);

/**
 * Waits until the CMS has written `file` whole. decap-server creates the file and then writes
 * it, so a file that merely exists may still be empty.
 */
export async function writtenFile(file: string, isWhole: (text: string) => boolean = wholeFrontmatter): Promise<void> {
  await expect.poll(() => existsSync(file) && isWhole(readFileSync(file, 'utf8')), { timeout: 15_000 }).toBe(true);
}
