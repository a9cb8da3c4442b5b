/**
 * Opens built pages in Debian's Chromium (driven by playwright-core) without a server: every
 * request to the portal's origin is answered from the build folder, as a static host would,
 * and every other request is refused, so no check ever reaches the network. Every page opens
 * with axe-core already loaded.
 */
import axe from 'axe-core';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DESKTOP_VIEWPORT } from './rendered-checks.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../../lib/chromium.ts';
import { CONTENT_TYPES } from '../../lib/content-types.ts';


export const PORTAL_ORIGIN = 'http://portal.localhost';

export function chromiumAvailable(path = chromiumPath()): boolean {
  return existsSync(path);
}

export interface ChromiumSession {
  page: Page;
  /** Opens a built page by its URL path and waits until it has loaded. */
  open: (path: string) => Promise<void>;
  close: () => Promise<void>;
}

function fileFor(outDir: string, pathname: string): string | undefined {
  const file = normalize(join(outDir, decodeURIComponent(pathname)));
  if (!file.startsWith(outDir)) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) return join(file, 'index.html');
  return existsSync(file) ? file : undefined;
}

async function serveFromFolder(context: BrowserContext, outDir: string): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== PORTAL_ORIGIN) return route.abort('blockedbyclient');
    const file = fileFor(outDir, url.pathname);
    if (!file) return route.fulfill({ status: 404, contentType: CONTENT_TYPES['.html'] ?? '', body: '' });
    return route.fulfill({ status: 200, contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body: readFileSync(file) });
  });
}

export async function openChromiumSession(outDir: string, executablePath = chromiumPath()): Promise<ChromiumSession> {
  const browser: Browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  try {
    const context = await browser.newContext({ viewport: DESKTOP_VIEWPORT, serviceWorkers: 'block', reducedMotion: 'reduce' });
    await serveFromFolder(context, normalize(outDir));
    // axe is handed to the browser once and runs as each page starts, instead of being sent
    // with every page (half a megabyte each time): about 0.1 s less a page (BENCHMARKS.md).
    await context.addInitScript({ content: axe.source });
    const page = await context.newPage();
    return {
      page,
      open: async (path) => {
        await page.setViewportSize(DESKTOP_VIEWPORT);
        await page.goto(`${PORTAL_ORIGIN}${path}`, { waitUntil: 'load' });
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
