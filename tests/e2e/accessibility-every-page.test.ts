/**
 * Every built page in real Chromium: axe with every WCAG 2.0–2.2 A/AA rule and best practice
 * (colour contrast, target size and link distinguishability included), a visible focus
 * indicator on everything Tab reaches, and no sideways scrolling at 320 CSS px. The build
 * checks one page per template this way; here every page is.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP_VIEWPORT, renderedChecks } from '../../src/integrations/accessibility/rendered-checks.ts';
import { withoutAccepted } from '../../src/integrations/accessibility/rules.ts';
import { builtSiteInChromium } from '../helpers/built-site-browser.ts';
import { allBuiltPages } from '../helpers/page-samples.ts';

const site = builtSiteInChromium();

const pages = allBuiltPages();
let page: Page;

beforeAll(async () => {
  page = await (await site.browser.newContext({ viewport: DESKTOP_VIEWPORT })).newPage();
});

describe('every page in Chromium', () => {
  it('has the whole site to check', () => {
    expect(pages.length).toBeGreaterThan(15);
  });

  it.each(pages.map((built) => [built.path]))('%s meets WCAG 2.2 AA where rendering counts', async (path) => {
    await page.setViewportSize(DESKTOP_VIEWPORT);
    await page.goto(`${site.url}${path}`);
    const findings = withoutAccepted(path, await renderedChecks(page, 'all'));
    expect(findings.map((finding) => `${finding.rule} ${finding.target}: ${finding.fix}`)).toEqual([]);
  });
});
