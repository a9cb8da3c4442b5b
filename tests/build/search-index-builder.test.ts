/** buildSearchIndex against a small fixture site in a temp folder, with the real Pagefind. */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchFixtureSites, writePages } from '../helpers/search-fixture-site.ts';
import { INDEX_FILE } from '../../src/build-cache/stage-cache.ts';
import { buildSearchIndex, writeIndex } from '../../src/integrations/search-index.ts';
import { separateBlocks } from '../../src/lib/search-text.ts';

const { site: siteOf, track } = searchFixtureSites('portal-search-');
/** Every page has a header around its content, which the index must leave out. */
const site = (pages: Record<string, string>) => siteOf(Object.fromEntries(Object.entries(pages).map(([path, main]) => [path, `<header>kepala</header>${main}`])));

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

  it('leaves only the finished bundle in the site: no temporary folder, none of Pagefind\'s ready-made interfaces', async () => {
    const dir = site({ 'index.html': searchable('Beranda'), 'layanan/impor/index.html': searchable('Surat keterangan impor') });
    await buildSearchIndex(dir, { cacheDir: false });
    expect(readdirSync(dir).sort()).toEqual(['index.html', 'layanan', 'pagefind']);
    const bundle = readdirSync(join(dir, 'pagefind'));
    expect(bundle).toContain('pagefind-entry.json');
    for (const unused of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-highlight.js', 'wasm.unknown.pagefind']) expect(bundle).not.toContain(unused);
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

/** Every file of a bundle folder with its inode: equal inodes are one file linked twice. */
function inodes(dir: string): Record<string, number> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(files.map((entry) => [relative(dir, join(entry.parentPath, entry.name)), statSync(join(entry.parentPath, entry.name)).ino]));
}

/** Every file of a bundle folder with its bytes, for comparing two bundles exactly. */
function bundleFiles(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(files.map((entry) => {
    const path = join(entry.parentPath, entry.name);
    return [relative(dir, path), readFileSync(path).toString('base64')];
  }).sort(([a], [b]) => a!.localeCompare(b!)));
}

/** A page as BaseLayout builds it: head, header, navigation and footer around the marked main. */
function fullPage(title: string, main: string, head = ''): string {
  return `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>${title} | Balai POM</title><meta property="og:title" content="${title}"><script type="application/ld+json">{"name":"${title}"}</script>${head}</head>`
    + `<body><a href="#isi-utama">Langsung ke isi utama</a><header><svg aria-hidden="true"><title>Logo BPOM</title></svg><nav><ul><li><a href="/">Beranda</a></li><li><a href="/berita/">Berita</a></li></ul></nav></header>`
    + `<nav aria-label="Lokasi halaman"><ol><li><a href="/">Beranda</a></li></ol></nav>${main}<footer><p>Jalan Pembangunan, Bengkulu</p></footer></body></html>`;
}

const marked = (inner: string, attributes = '<span hidden data-pagefind-filter="jenis:berita"></span><span hidden data-pagefind-filter="tahun:2025"></span><span hidden data-pagefind-meta="jenis:berita"></span><span hidden data-pagefind-meta="tanggal:2025-02-10"></span><span hidden data-pagefind-sort="tanggal:2025-02-10"></span>') =>
  `<main id="isi-utama" tabindex="-1" class="container" data-pagefind-body>${attributes}${inner}</main>`;

const realisticPages = {
  'berita/pelatihan/index.html': fullPage('Pelatihan keamanan pangan', marked('<article><h1>Pelatihan keamanan pangan</h1><img src="/_astro/foto.jpg" alt="Peserta pelatihan"><p>Pelaku <strong>UMKM</strong> belajar label.</p><h2 id="jadwal">Jadwal</h2><dl><dt>Petugas terlatih</dt><dd>Petugas layanan</dd></dl><div data-pagefind-ignore><p>Bagikan</p></div></article>')),
  'profil/index.html': fullPage('Profil', marked('<h2 id="tugas">Tugas kantor</h2><p>Tanpa judul utama, judulnya dari title.</p>', '<span hidden data-pagefind-filter="jenis:informasi"></span><span hidden data-pagefind-meta="jenis:informasi"></span><span hidden data-pagefind-sort="tanggal:0000-00-00"></span>')),
  'layanan/impor/index.html': fullPage('Surat keterangan impor', marked('<h1>Surat keterangan impor</h1><table><caption>Biaya</caption><tr><th>Jenis</th><td>Gratis</td></tr></table>'), '<meta data-pagefind-meta="gambar[content]" content="/og/impor.png">'),
  'berita/index.html': fullPage('Berita', '<main id="isi-utama"><h1>Berita</h1><p>Daftar berita pelatihan</p></main>'),
};

/** The index Pagefind makes from whole pages, as the build made it before pages were reduced to their marked content. */
async function indexOfWholePages(dir: string, pages: Record<string, string>): Promise<string> {
  const outputPath = join(dir, 'utuh');
  await writeIndex(Object.entries(pages).map(([path, html]) => ({ path, content: separateBlocks(html) })), outputPath);
  return outputPath;
}

describe('buildSearchIndex with only the marked content of each page', () => {
  it('writes the same index, byte for byte, as Pagefind makes from the whole pages', async () => {
    const dir = site({});
    writePages(dir, realisticPages);
    const report = await buildSearchIndex(dir, { cacheDir: false });
    expect(report.pages).toBe(3);
    const expected = bundleFiles(await indexOfWholePages(dir, realisticPages));
    const actual = bundleFiles(report.outputPath);
    const isIndexFile = (path: string) => /^(fragment|index|filter)\/|\.pf_meta$|^pagefind-entry\.json$/.test(path);
    expect(Object.keys(actual).filter(isIndexFile).length).toBeGreaterThan(5);
    expect(Object.keys(actual).filter(isIndexFile)).toEqual(Object.keys(expected).filter(isIndexFile));
    for (const [path, bytes] of Object.entries(actual)) expect(bytes, path).toBe(expected[path]);
  });
});

describe('buildSearchIndex run twice on the same pages', () => {
  it('writes the same index both times', async () => {
    const pages = Object.fromEntries(Array.from({ length: 40 }, (_, n) => [`berita/b${n}/index.html`, fullPage(`Berita ${n}`, marked(`<h1>Berita ${n}</h1><p>Sertifikat nomor ${n} untuk pangan olahan.</p>`))]));
    const dir = site({});
    writePages(dir, pages);
    const first = bundleFiles((await buildSearchIndex(dir, { cacheDir: false })).outputPath);
    const second = bundleFiles((await buildSearchIndex(dir, { cacheDir: false })).outputPath);
    expect(Object.keys(first).length).toBeGreaterThan(40);
    expect(second).toEqual(first);
  });
});

describe('buildSearchIndex reusing the last index', () => {
  const pages = () => ({
    'berita/satu/index.html': fullPage('Satu', marked('<h1>Sertifikasi pangan olahan</h1><p>Pertama</p>')),
    'berita/dua/index.html': fullPage('Dua', marked('<h1>Pengaduan konsumen</h1><p>Kedua</p>')),
  });
  const write = writePages;

  function setUp() {
    const dir = site({});
    const cacheDir = mkdtempSync(join(tmpdir(), 'portal-search-cache-'));
    track(cacheDir);
    write(dir, pages());
    return { dir, cacheDir };
  }

  it('reuses the stored index when no indexed text changed, even if the page shell did', async () => {
    const { dir, cacheDir } = setUp();
    const first = await buildSearchIndex(dir, { cacheDir });
    expect(first.reused).toBe(false);
    const built = bundleFiles(first.outputPath);
    write(dir, { 'berita/satu/index.html': pages()['berita/satu/index.html'].replace('Jalan Pembangunan', 'Jalan Baru') });
    const second = await buildSearchIndex(dir, { cacheDir });
    expect(second.reused).toBe(true);
    expect(second.pages).toBe(2);
    expect(bundleFiles(second.outputPath)).toEqual(built);
  });

  it('indexes again when the text of one page changed', async () => {
    const { dir, cacheDir } = setUp();
    const first = await buildSearchIndex(dir, { cacheDir });
    const metaFile = readdirSync(first.outputPath).find((file) => file.endsWith('.pf_meta'));
    write(dir, { 'berita/dua/index.html': pages()['berita/dua/index.html'].replace('Kedua', 'Kedua diperbarui') });
    const second = await buildSearchIndex(dir, { cacheDir });
    expect(second.reused).toBe(false);
    expect(readdirSync(second.outputPath)).not.toContain(metaFile);
    // Going back to the first text finds the first index still stored.
    write(dir, pages());
    expect((await buildSearchIndex(dir, { cacheDir })).reused).toBe(true);
  });

  it('links the files a new index shares with the stored one instead of writing them again', async () => {
    const { dir, cacheDir } = setUp();
    const first = await buildSearchIndex(dir, { cacheDir });
    const firstInodes = inodes(first.outputPath);
    write(dir, { 'berita/dua/index.html': pages()['berita/dua/index.html'].replace('Kedua', 'Kedua diperbarui') });
    const second = await buildSearchIndex(dir, { cacheDir });
    expect(second.reused).toBe(false);
    const secondInodes = inodes(second.outputPath);
    const shared = Object.keys(secondInodes).filter((file) => secondInodes[file] === firstInodes[file]);
    // The unchanged page's excerpt and the search engine are the same files; the changed page's excerpt and the word index are new.
    expect(shared).toEqual(expect.arrayContaining(['pagefind.js', 'wasm.id.pagefind']));
    expect(shared.filter((file) => file.startsWith('fragment/'))).toHaveLength(1);
    expect(shared.some((file) => file.startsWith('index/') || file.endsWith('.pf_meta'))).toBe(false);
    // And the index is exactly the one a build without any stored index makes.
    const fresh = site({});
    write(fresh, { ...pages(), 'berita/dua/index.html': pages()['berita/dua/index.html'].replace('Kedua', 'Kedua diperbarui') });
    expect(bundleFiles(second.outputPath)).toEqual(bundleFiles((await buildSearchIndex(fresh, { cacheDir: false })).outputPath));
  });

  it('ignores a stored index that is incomplete or was changed, and a half-written one', async () => {
    const { dir, cacheDir } = setUp();
    await buildSearchIndex(dir, { cacheDir });
    const [entry] = readdirSync(cacheDir).filter((name) => /^[0-9a-f]{64}$/.test(name));
    const fragments = join(cacheDir, entry!, 'fragment');
    unlinkSync(join(fragments, readdirSync(fragments)[0]!));
    const afterLoss = await buildSearchIndex(dir, { cacheDir });
    expect(afterLoss.reused).toBe(false);
    expect(afterLoss.pages).toBe(2);
    expect(readdirSync(join(afterLoss.outputPath, 'fragment'))).toHaveLength(2);

    // A file of the output changed in place is a file of the stored index changed too.
    const entryFile = join(afterLoss.outputPath, 'pagefind-entry.json');
    writeFileSync(entryFile, readFileSync(entryFile, 'utf8').replace('"page_count":2', '"page_count":9'));
    const afterEdit = await buildSearchIndex(dir, { cacheDir });
    expect(afterEdit.reused).toBe(false);
    expect(afterEdit.pages).toBe(2);

    // A build killed while storing leaves a folder the cache's index does not list, under the final name or a temporary one.
    writeFileSync(join(cacheDir, INDEX_FILE), '{"format": "terpoto');
    mkdirSync(join(cacheDir, '.tmp-1-mati/fragment'), { recursive: true });
    const afterKill = await buildSearchIndex(dir, { cacheDir });
    expect(afterKill.reused).toBe(false);
    expect(afterKill.pages).toBe(2);
    expect((await buildSearchIndex(dir, { cacheDir })).reused).toBe(true);
  });

  it('never starts a new index from a stored one whose files were changed', async () => {
    const { dir, cacheDir } = setUp();
    const first = await buildSearchIndex(dir, { cacheDir });
    // Stored excerpts edited in place (through the output, whose files are links to the store).
    const fragmentFolder = join(first.outputPath, 'fragment');
    for (const name of readdirSync(fragmentFolder)) writeFileSync(join(fragmentFolder, name), readFileSync(join(fragmentFolder, name)).reverse());
    const changed = { 'berita/dua/index.html': pages()['berita/dua/index.html'].replace('Kedua', 'Kedua diperbarui') };
    write(dir, changed);
    const second = await buildSearchIndex(dir, { cacheDir });
    const fresh = site({});
    write(fresh, { ...pages(), ...changed });
    expect(bundleFiles(second.outputPath)).toEqual(bundleFiles((await buildSearchIndex(fresh, { cacheDir: false })).outputPath));
  });
});
