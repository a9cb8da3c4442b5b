/** buildSearchIndex against a small fixture site in a temp folder, with the real Pagefind. */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/integrations/search-index.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'portal-search-'));
  dirs.push(dir);
  for (const [path, main] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), `<!doctype html><html lang="id"><head><title>t</title></head><body><header>kepala</header>${main}</body></html>`);
  }
  return dir;
}

const searchable = (text: string) => `<main data-pagefind-body><h1>${text}</h1></main>`;

describe('buildSearchIndex', () => {
  it('indexes marked pages and leaves out /admin/ and 404.html by path, even if they are marked', async () => {
    const dir = site({
      'index.html': searchable('Beranda'),
      'layanan/impor/index.html': searchable('Surat keterangan impor'),
      'admin/index.html': searchable('Pengelola isi'),
      '404.html': searchable('Halaman tidak ditemukan'),
      'cari/index.html': '<main><h1>Cari</h1></main>',
    });
    const report = await buildSearchIndex(dir);
    expect(report.pages).toBe(2);
    expect(report.bytes).toBeGreaterThan(0);
    expect(readdirSync(join(dir, 'pagefind'))).toContain('pagefind.js');
  });

  it('replaces the previous index instead of adding to it', async () => {
    const dir = site({ 'a/index.html': searchable('Pertama') });
    mkdirSync(join(dir, 'pagefind/fragment'), { recursive: true });
    writeFileSync(join(dir, 'pagefind/fragment/usang.pf_fragment'), 'lama');
    await buildSearchIndex(dir);
    expect(readdirSync(join(dir, 'pagefind/fragment'))).not.toContain('usang.pf_fragment');
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages['id']?.page_count).toBe(1);
  });

  it('fails the build, saying why and how to fix it, when no page is marked searchable', async () => {
    const dir = site({ 'index.html': '<main><h1>Tanpa tanda</h1></main>' });
    await expect(buildSearchIndex(dir)).rejects.toThrow(/tidak ada halaman dengan data-pagefind-body.*BaseLayout/);
  });
});
