import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listBuiltPages, listFolderFiles, pagesAmong } from '../../../src/build-pages/list-pages.ts';

const out = mkdtempSync(join(tmpdir(), 'portal-list-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('listing a build folder', () => {
  it('lists files sorted, leaving out hidden ones, and maps pages to the addresses readers open', () => {
    for (const path of ['index.html', 'berita/b/index.html', 'berita/a/index.html', '404.html', '_astro/x.css', '.tersembunyi/y.html', 'berita/.z.html']) {
      mkdirSync(join(out, path, '..'), { recursive: true });
      writeFileSync(join(out, path), '');
    }
    expect(listFolderFiles(`${out}/`)).toEqual(['404.html', '_astro/x.css', 'berita/a/index.html', 'berita/b/index.html', 'index.html']);
    const pages = listBuiltPages(`${out}/`);
    expect(pages.map((page) => page.urlPath)).toEqual(['/404.html', '/berita/a/', '/berita/b/', '/']);
    expect(pages[1]?.file).toBe(`${out}/berita/a/index.html`);
    expect(pagesAmong(out, ['/_astro/x.css', '/index.html'])).toEqual([{ file: `${out}/index.html`, urlPath: '/' }]);
  });
});
