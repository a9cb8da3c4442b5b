import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { afterEach, expect, test } from 'vitest';
import { brotliQuality, LARGE_FILE_BYTES, precompressFiles, shouldCompress } from '../../../src/hosting/precompress.ts';
import { changedFiles, snapshotFolder } from '../../../src/hosting/content-snapshot.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('writes gzip and brotli copies of text files that decompress to the original', async () => {
  dir = mkdtempSync(join(tmpdir(), 'portal-compress-'));
  const page = join(dir, 'index.html');
  writeFileSync(page, '<p>Standar pelayanan</p>'.repeat(100));
  writeFileSync(join(dir, 'foto.jpg'), Buffer.alloc(5000));
  writeFileSync(join(dir, 'kecil.css'), 'a{}');
  const totals = await precompressFiles([page, join(dir, 'foto.jpg'), join(dir, 'kecil.css')]);
  expect(totals.files).toBe(1);
  expect(gunzipSync(readFileSync(`${page}.gz`)).equals(readFileSync(page))).toBe(true);
  expect(brotliDecompressSync(readFileSync(`${page}.br`)).equals(readFileSync(page))).toBe(true);
  expect(totals.brotliBytes).toBeLessThan(totals.originalBytes / 10);
  expect(existsSync(join(dir, 'foto.jpg.gz'))).toBe(false);
  expect(shouldCompress('x.svg', 1000)).toBe(true);
  expect(shouldCompress('x.pdf', 100_000)).toBe(false);
});

test('a rebuild takes unchanged files from the cache and compresses only what changed', async () => {
  dir = mkdtempSync(join(tmpdir(), 'portal-compress-cache-'));
  const cache = join(dir, 'cache');
  const same = join(dir, 'sama.html');
  const changed = join(dir, 'berubah.html');
  writeFileSync(same, '<p>Maklumat pelayanan</p>'.repeat(50));
  writeFileSync(changed, '<p>Forum konsultasi publik</p>'.repeat(50));
  const first = await precompressFiles([same, changed], cache);
  expect(first).toMatchObject({ files: 2, reused: 0 });

  rmSync(`${same}.br`);
  writeFileSync(changed, '<p>Forum konsultasi publik, jadwal baru</p>'.repeat(50));
  const second = await precompressFiles([same, changed], cache);
  expect(second).toMatchObject({ files: 2, reused: 1 });
  expect(brotliDecompressSync(readFileSync(`${same}.br`)).equals(readFileSync(same))).toBe(true);
  expect(brotliDecompressSync(readFileSync(`${changed}.br`)).equals(readFileSync(changed))).toBe(true);
});

test('a rebuild with everything cached writes the same copies, and a damaged cache index is ignored', async () => {
  dir = mkdtempSync(join(tmpdir(), 'portal-compress-index-'));
  const cache = join(dir, 'cache');
  const page = join(dir, 'layanan.html');
  writeFileSync(page, '<p>Standar pelayanan pengujian</p>'.repeat(40));
  writeFileSync(join(dir, 'indeks.pf_fragment'), Buffer.alloc(4000, 1));
  const first = await precompressFiles([page, join(dir, 'indeks.pf_fragment')], cache);
  const gz = readFileSync(`${page}.gz`);
  const br = readFileSync(`${page}.br`);
  const again = await precompressFiles([page], cache);
  expect(again).toEqual({ ...first, reused: 1 });
  expect(readFileSync(`${page}.gz`).equals(gz) && readFileSync(`${page}.br`).equals(br)).toBe(true);
  expect(existsSync(join(dir, 'indeks.pf_fragment.gz'))).toBe(false);

  writeFileSync(join(cache, 'index.json'), '{"rusak": [1, 2');
  const afterDamage = await precompressFiles([page], cache);
  expect(afterDamage).toEqual({ ...first, reused: 0 });
  // One page's two copies and the index, nothing half-written left behind.
  expect(readdirSync(cache).map((name) => name.replace(/^[0-9a-f]{64}/, 'HASH')).sort()).toEqual(['HASH.br', 'HASH.gz', 'index.json']);
});

test('a page that changes never alters the cached copy of its earlier version', async () => {
  dir = mkdtempSync(join(tmpdir(), 'portal-compress-replace-'));
  const cache = join(dir, 'cache');
  const page = join(dir, 'berita.html');
  const before = '<p>Berita pertama tentang label pangan</p>'.repeat(30);
  writeFileSync(page, before);
  await precompressFiles([page], cache);
  // The build's copy is reused in place (the folder is not emptied), then the page changes.
  writeFileSync(page, '<p>Berita yang sudah diubah isinya</p>'.repeat(30));
  await precompressFiles([page], cache);
  expect(gunzipSync(readFileSync(`${page}.gz`)).toString()).toContain('sudah diubah');
  // The first version comes back: its copies must still be the first version's.
  writeFileSync(page, before);
  expect(await precompressFiles([page], cache)).toMatchObject({ reused: 1 });
  expect(gunzipSync(readFileSync(`${page}.gz`)).toString()).toBe(before);
  expect(brotliDecompressSync(readFileSync(`${page}.br`)).toString()).toBe(before);
});

test('a cached copy removed from the cache folder is compressed again', async () => {
  dir = mkdtempSync(join(tmpdir(), 'portal-compress-missing-'));
  const cache = join(dir, 'cache');
  const page = join(dir, 'forum.html');
  writeFileSync(page, '<p>Forum konsultasi publik</p>'.repeat(30));
  await precompressFiles([page], cache);
  for (const name of readdirSync(cache)) if (name.endsWith('.br')) rmSync(join(cache, name));
  expect(await precompressFiles([page], cache)).toMatchObject({ files: 1, reused: 0 });
  expect(brotliDecompressSync(readFileSync(`${page}.br`)).equals(readFileSync(page))).toBe(true);
});

test('a content snapshot notices added, removed and changed files', () => {
  dir = mkdtempSync(join(tmpdir(), 'portal-snapshot-'));
  writeFileSync(join(dir, 'a.yaml'), 'a: 1');
  writeFileSync(join(dir, 'b.yaml'), 'b: 1');
  const before = snapshotFolder(dir);
  expect(changedFiles(before, snapshotFolder(dir))).toEqual([]);
  writeFileSync(join(dir, 'a.yaml'), 'a: 2');
  rmSync(join(dir, 'b.yaml'));
  writeFileSync(join(dir, 'c.yaml'), 'c: 1');
  expect(changedFiles(before, snapshotFolder(dir))).toEqual(['a.yaml', 'b.yaml', 'c.yaml']);
});

test('pages get Brotli 10; a file over 1 MB (the CMS bundle) gets the quicker Brotli 7, and both decompress to the original', async () => {
  dir = mkdtempSync(join(tmpdir(), 'portal-compress-large-'));
  expect([brotliQuality(LARGE_FILE_BYTES), brotliQuality(LARGE_FILE_BYTES + 1)]).toEqual([10, 7]);
  const page = join(dir, 'berita.html');
  const bundle = join(dir, 'cms.js');
  writeFileSync(page, '<p>Pengawasan pangan olahan di pasar tradisional</p>'.repeat(40));
  const line = (index: number) => `export const pesan${index} = ${JSON.stringify(`Entri ${index} disimpan ke repositori ${index % 97}`)};\n`;
  writeFileSync(bundle, Array.from({ length: 20_000 }, (_, index) => line(index)).join(''));
  expect(readFileSync(bundle).length).toBeGreaterThan(LARGE_FILE_BYTES);
  await precompressFiles([page, bundle]);
  for (const [path, quality] of [[page, 10], [bundle, 7]] as const) {
    const original = readFileSync(path);
    const brotli = readFileSync(`${path}.br`);
    expect(brotliDecompressSync(brotli).equals(original)).toBe(true);
    const expected = brotliCompressSync(original, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: original.length } });
    expect(brotli.equals(expected)).toBe(true);
  }
});
