import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, expect, test } from 'vitest';
import { precompressFiles, shouldCompress } from '../../../src/hosting/precompress.ts';
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
