/**
 * The accessibility gate takes its page list and content hashes from the build's shared
 * reading: an unchanged page is not checked again, a changed one is, and its violation is
 * still reported.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBuiltPages } from '../../../src/build-pages/read-pages.ts';
import { checkBuild } from '../../../src/integrations/accessibility/check-build.ts';

const scratch = mkdtempSync(join(tmpdir(), 'portal-a11y-reading-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const page = (title: string, body: string) =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${title}</title></head><body><header><p>Kop</p></header><main><h1>${title}</h1>${body}</main><footer><p>Kaki</p></footer></body></html>`;

describe('accessibility gate on the shared reading', () => {
  it('checks again only the page whose content hash changed', async () => {
    const out = join(scratch, 'dist');
    const cacheDir = join(scratch, 'cache');
    mkdirSync(join(out, 'profil'), { recursive: true });
    writeFileSync(join(out, 'index.html'), page('Beranda', '<p>Selamat datang</p>'));
    writeFileSync(join(out, 'profil/index.html'), page('Profil', '<p>Tentang kantor</p>'));
    const check = () => checkBuild({ outDir: `${out}/`, cacheDir, browser: 'off', workers: 1, pages: readBuiltPages(out).pages });

    const cold = await check();
    expect(cold).toMatchObject({ pages: 2, rechecked: 2, failing: [] });
    expect(await check()).toMatchObject({ pages: 2, rechecked: 0, failing: [] });

    writeFileSync(join(out, 'profil/index.html'), page('Profil', '<img src="/foto.jpg">'));
    const changed = await check();
    expect(changed.rechecked).toBe(1);
    expect(changed.failing.map((failing) => [failing.page.path, failing.findings.map((finding) => finding.rule)])).toEqual([['/profil/', ['image-alt']]]);
  }, 60_000);
});
