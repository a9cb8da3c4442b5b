/**
 * The built site (dist/) served over HTTP and one Chromium for a test file: started before
 * its tests, closed after them. Call at the top of the file; read `browser` and `url` inside
 * hooks and tests, once the servers are up.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';
import { distDir } from './paths.ts';
import { serveStatic, type RunningServer } from './static-server.ts';

export interface BuiltSiteInChromium {
  readonly browser: Browser;
  /** Origin of the served build, e.g. "http://127.0.0.1:41234". */
  readonly url: string;
}

export function builtSiteInChromium(): BuiltSiteInChromium {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await serveStatic(distDir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('builtSiteInChromium(): read browser and url inside hooks or tests, after it has started.');
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get url() {
      return started(server).url;
    },
  };
}
