/** Reading which files a real Pagefind index is made of, from its own description. */
import { cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { searchFixtureSites } from '../helpers/search-fixture-site.ts';
import { buildSearchIndex } from '../../src/integrations/search-index.ts';
import { indexFilesOf, isContentNamed } from '../../src/integrations/pagefind-index-files.ts';
import { keepOnlyNewIndex } from '../../src/integrations/search-index-cache.ts';

const { site } = searchFixtureSites('portal-index-files-');

const article = (n: number) =>
  `<main data-pagefind-body><span hidden data-pagefind-filter="jenis:berita"></span><span hidden data-pagefind-filter="tahun:202${n % 3}"></span><h1>Berita ${n}</h1><p>Pengawasan pangan olahan nomor ${n} di pasar.</p></main>`;

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

describe('indexFilesOf', () => {
  it('names exactly the excerpts, word index chunks, filters and metadata Pagefind wrote', async () => {
    const dir = site(Object.fromEntries(Array.from({ length: 12 }, (_, n) => [`berita/b${n}/index.html`, article(n)])));
    const { outputPath } = await buildSearchIndex(dir, { cacheDir: false });
    const written = filesOf(outputPath).filter(isContentNamed).sort();
    expect(written.filter((file) => file.startsWith('fragment/'))).toHaveLength(12);
    expect(written.some((file) => file.startsWith('index/'))).toBe(true);
    expect(written.filter((file) => file.startsWith('filter/'))).toHaveLength(2);
    expect([...indexFilesOf(outputPath)].sort()).toEqual(written);
  });

  it('refuses a metadata file that is not what Pagefind writes, naming it', async () => {
    const dir = site({ 'index.html': article(1) });
    const { outputPath } = await buildSearchIndex(dir, { cacheDir: false });
    const meta = filesOf(outputPath).find((file) => file.endsWith('.pf_meta'))!;
    writeFileSync(join(outputPath, meta), gzipSync('pagefind_dcd\x9f\x01\xff'));
    expect(() => indexFilesOf(outputPath)).toThrow(meta);
  });
});

describe('keepOnlyNewIndex', () => {
  it('removes files the index does not use, and refuses an index that names a file not there', async () => {
    const dir = site({ 'a/index.html': article(1), 'b/index.html': article(2) });
    const { outputPath } = await buildSearchIndex(dir, { cacheDir: false });
    const stored = join(dir, 'tersimpan');
    cpSync(outputPath, stored, { recursive: true });
    writeFileSync(join(outputPath, 'fragment/id_usang.pf_fragment'), 'lama');
    keepOnlyNewIndex(outputPath, filesOf(outputPath), stored);
    expect(filesOf(outputPath)).not.toContain('fragment/id_usang.pf_fragment');
    expect(filesOf(outputPath).filter(isContentNamed).sort()).toEqual([...indexFilesOf(outputPath)].sort());

    const lost = filesOf(outputPath).find((file) => file.startsWith('fragment/'))!;
    rmSync(join(outputPath, lost));
    expect(() => keepOnlyNewIndex(outputPath, filesOf(outputPath), stored)).toThrow(lost.replace('fragment/', ''));

    const meta = filesOf(outputPath).find((file) => file.endsWith('.pf_meta'))!;
    writeFileSync(join(outputPath, meta), 'rusak');
    expect(() => keepOnlyNewIndex(outputPath, filesOf(outputPath), stored)).toThrow(new RegExp(`tidak terbaca \\(${meta.replace(/\./g, '\\.')}.*npm ci`));
  });
});

describe('isContentNamed', () => {
  it('tells the files Pagefind names by their content from those it writes every time', () => {
    expect(['fragment/id_1a.pf_fragment', 'index/id_2b.pf_index', 'filter/id_3c.pf_filter', 'pagefind.id_4d.pf_meta'].every(isContentNamed)).toBe(true);
    expect(['pagefind.js', 'pagefind-entry.json', 'wasm.id.pagefind', 'pagefind-worker.js'].some(isContentNamed)).toBe(false);
  });
});
