/**
 * Every built page in real Chromium: axe with every WCAG 2.0–2.2 A/AA rule and best practice
 * (colour contrast, target size and link distinguishability included), a visible focus
 * indicator on everything Tab reaches, and no sideways scrolling at 320 CSS px. The build
 * checks one page per template this way; here every page is.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP_VIEWPORT, renderedChecks } from '../../src/integrations/accessibility/rendered-checks.ts';
import { withoutAccepted } from '../../src/integrations/accessibility/rules.ts';
import { launchChromium } from '../helpers/browser.ts';
import { allBuiltPages } from '../helpers/page-samples.ts';
import { distDir } from '../helpers/paths.ts';
import { serveStatic, type RunningServer } from '../helpers/static-server.ts';

const pages = allBuiltPages();
let browser: Browser;
let server: RunningServer;
let page: Page;

beforeAll(async () => {
  server = await serveStatic(distDir);
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: DESKTOP_VIEWPORT })).newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('every page in Chromium', () => {
  it('has the whole site to check', () => {
    expect(pages.length).toBeGreaterThan(15);
  });

  it.each(pages.map((built) => [built.path]))('%s meets WCAG 2.2 AA where rendering counts', async (path) => {
    await page.setViewportSize(DESKTOP_VIEWPORT);
    await page.goto(`${server.url}${path}`);
    const findings = withoutAccepted(path, await renderedChecks(page, 'all'));
    expect(findings.map((finding) => `${finding.rule} ${finding.target}: ${finding.fix}`)).toEqual([]);
  });
});
