/**
 * Launches Debian's Chromium through playwright-core (playwright's own browser download is
 * not available here), with the same flags the build's own checks use.
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/lib/chromium.ts';

export const CHROMIUM_PATH = chromiumPath();

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}
