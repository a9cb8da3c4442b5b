/**
 * The Chromium session of the build's accessibility check: every page it opens starts with
 * axe-core loaded (handed to the browser once, not sent with each page), and axe still finds
 * what only a rendered page shows.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openChromiumSession } from '../../src/integrations/accessibility/chromium-session.ts';
import { axeInPage } from '../../src/integrations/accessibility/rendered-checks.ts';

const scratch = mkdtempSync(join(tmpdir(), 'portal-a11y-session-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const page = (title: string, body: string) =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;

describe('a checking session in Chromium', () => {
  it('opens every page with axe loaded, and axe finds what needs rendering', async () => {
    writeFileSync(join(scratch, 'index.html'), page('Beranda', '<p>Teks yang terbaca.</p>'));
    mkdirSync(join(scratch, 'pucat'), { recursive: true });
    writeFileSync(join(scratch, 'pucat', 'index.html'), page('Pucat', '<p style="color:#ccc;background:#fff">Teks pucat.</p>'));
    const session = await openChromiumSession(scratch);
    try {
      const axeLoaded = () => session.page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function');
      await session.open('/');
      expect(await axeLoaded()).toBe(true);
      expect(await axeInPage(session.page, 'rendering')).toEqual([]);
      await session.open('/pucat/');
      expect(await axeLoaded()).toBe(true);
      expect((await axeInPage(session.page, 'rendering')).map((finding) => finding.rule)).toEqual(['color-contrast']);
    } finally {
      await session.close();
    }
  }, 60_000);
});
