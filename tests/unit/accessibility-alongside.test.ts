/**
 * The gate in two parts: a rebuild's few pages are checked while the build goes on, and the
 * second part still fails the build on a violation; a large run is waited for in the first.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { accessibilityGateAlongside } from '../../src/integrations/accessibility/index.ts';
import { SIDE_BY_SIDE_PAGES } from '../../src/integrations/accessibility/check-build.ts';

const scratch = mkdtempSync(join(tmpdir(), 'portal-a11y-alongside-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const page = (title: string, body: string) =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;

function site(name: string, pages: number, brokenPage?: number): string {
  const out = join(scratch, name);
  for (let n = 0; n < pages; n++) {
    mkdirSync(join(out, `halaman-${n}`), { recursive: true });
    writeFileSync(join(out, `halaman-${n}`, 'index.html'), page(`Halaman ${n}`, n === brokenPage ? '<img src="/foto.jpg">' : '<p>Isi.</p>'));
  }
  return out;
}

const logged: string[] = [];
const logger = { info: (m: string) => logged.push(m), warn: (m: string) => logged.push(m), error: (m: string) => logged.push(m) };

type Hook = (options: Record<string, unknown>) => Promise<void> | void;
const hook = (integration: AstroIntegration, name: string) => integration.hooks[name as keyof AstroIntegration['hooks']] as unknown as Hook;

async function gate(out: string, before?: () => Promise<void>, browser: 'off' | 'required' = 'off', browserWaitsAbovePages?: number) {
  const { start, finish } = accessibilityGateAlongside({ cacheDir: join(out, '.cache'), browser, before, ...(browserWaitsAbovePages === undefined ? {} : { browserWaitsAbovePages }) });
  await hook(start, 'astro:config:done')({ config: { root: pathToFileURL(`${scratch}/`) } });
  const build = { dir: pathToFileURL(`${out}/`), assets: new Map(), logger };
  return { start: () => hook(start, 'astro:build:done')(build), finish: () => hook(finish, 'astro:build:done')(build) };
}

describe('accessibility gate alongside the search index', () => {
  it('lets the build go on during a small check and fails it in the second part, naming the rule', async () => {
    const parts = await gate(site('small', 3, 1));
    await expect(parts.start()).resolves.toBeUndefined();
    await expect(parts.finish()).rejects.toThrow(/1 pelanggaran/);
    expect(logged.join('\n')).toContain('image-alt');
  });

  it('reports how long the build waited when a small check passes', async () => {
    const parts = await gate(site('small-clean', 3));
    await parts.start();
    await expect(parts.finish()).resolves.toBeUndefined();
    expect(logged.at(-1)).toMatch(/3 halaman diperiksa bersamaan .* \d+ ms/);
  });

  it('waits in the first part when many pages need checking', async () => {
    const parts = await gate(site('large', SIDE_BY_SIDE_PAGES + 1, 0));
    await expect(parts.start()).rejects.toThrow(/1 pelanggaran/);
    await expect(parts.finish()).resolves.toBeUndefined();
  }, 120_000);

  it('lets the work before it finish before a large run starts, and does not wait for it on a small one', async () => {
    const events: string[] = [];
    let calls = 0;
    // Held longer than checking these pages takes (about 1.5 s), so without the wait the run would finish first.
    const before = async () => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      events.push('index written');
    };
    const large = await gate(site('large-after', SIDE_BY_SIDE_PAGES + 1), before);
    await large.start();
    events.push('large run done');
    expect(events).toEqual(['index written', 'large run done']);
    expect(calls).toBe(1);

    events.length = 0;
    const small = await gate(site('small-before', 3), before);
    await small.start();
    events.push('small run started');
    await small.finish();
    expect(events).toEqual(['small run started']);
    expect(calls).toBe(1);
  }, 120_000);

  it('on a small run of a large site, opens Chromium only once the work before it is done', async () => {
    const events: string[] = [];
    const before = async () => {
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      events.push('index written');
    };
    // A site of two pages counts as large here; the portal's threshold is BROWSER_WAITS_ABOVE_PAGES.
    const small = await gate(site('small-browser', 2), before, 'required', 1);
    await small.start();
    events.push('build goes on');
    await small.finish();
    events.push('result');
    expect(events).toEqual(['build goes on', 'index written', 'result']);
    expect(logged.at(-1)).toMatch(/2 halaman diperiksa bersamaan/);

    // The same on a site at the threshold: Chromium does not wait.
    events.length = 0;
    const smallSite = await gate(site('small-site-browser', 2), before, 'required', 2);
    await smallSite.start();
    await smallSite.finish();
    events.push('result');
    expect(events).toEqual(['result']);
  }, 120_000);
});
