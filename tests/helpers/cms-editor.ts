/**
 * Driving the editor end to end: a throwaway copy of the project built with its own editing
 * server port, the real decap-server writing into that copy, the built site served locally,
 * and Chromium. Shared by the editor tests so each drives Decap the same way.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchChromium } from './browser.ts';
import { buildSite, copySite, freePort, startDecapServer, type RunningDecapServer, type SiteCopy } from './site-copy.ts';
import { serveStatic, type RunningServer } from './static-server.ts';

export interface EditorSite {
  site: SiteCopy;
  decap: RunningDecapServer;
  server: RunningServer;
  browser: Browser;
  /** Every origin a page opened with openEditor asked for something. */
  requestedOrigins: Set<string>;
  stop: () => Promise<void>;
}

export async function startEditorSite(): Promise<EditorSite> {
  const site = copySite();
  const decapPort = await freePort();
  buildSite(site.root, 'dist', { DECAP_SERVER_PORT: String(decapPort) });
  const decap = await startDecapServer(site.root, decapPort);
  const server = await serveStatic(join(site.root, 'dist'));
  const browser = await launchChromium();
  return {
    site,
    decap,
    server,
    browser,
    requestedOrigins: new Set(),
    stop: async () => {
      await browser.close();
      await server.close();
      await decap.stop();
      site.remove();
    },
  };
}

/** A new page, logged in to the local editor, at `route` (e.g. /collections/news/new). */
export async function openEditor(editor: EditorSite, route: string): Promise<Page> {
  const page = await editor.browser.newPage();
  page.on('request', (request) => editor.requestedOrigins.add(new URL(request.url()).origin));
  await page.goto(`${editor.server.url}/admin/`);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.getByText('Jenis isi').waitFor();
  await page.goto(`${editor.server.url}/admin/#${route}`);
  return page;
}

export async function publishNow(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Terbitkan' }).click();
  await page.getByText('Terbitkan sekarang').click();
}

const wholeFrontmatter = (text: string) => /^---\n[\s\S]*?\n---\n/.test(text);

/**
 * Waits until the CMS has written `file` whole. decap-server creates the file and then writes
 * it, so a file that merely exists may still be empty.
 */
export async function writtenFile(file: string, isWhole: (text: string) => boolean = wholeFrontmatter): Promise<void> {
  await expect.poll(() => existsSync(file) && isWhole(readFileSync(file, 'utf8')), { timeout: 15_000 }).toBe(true);
}
