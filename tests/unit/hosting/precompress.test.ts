import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, expect, test } from 'vitest';
import { precompressFiles, shouldCompress } from '../../../src/hosting/precompress.ts';
import { changedFiles, snapshotFolder } from '../../../src/hosting/content-snapshot.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('writes gzip and brotli copies of text files that decompress to the original', () => {
  dir = mkdtempSync(join(tmpdir(), 'portal-compress-'));
  const page = join(dir, 'index.html');
  writeFileSync(page, '<p>Standar pelayanan</p>'.repeat(100));
  writeFileSync(join(dir, 'foto.jpg'), Buffer.alloc(5000));
  writeFileSync(join(dir, 'kecil.css'), 'a{}');
  const totals = precompressFiles([page, join(dir, 'foto.jpg'), join(dir, 'kecil.css')]);
  expect(totals.files).toBe(1);
  expect(gunzipSync(readFileSync(`${page}.gz`)).equals(readFileSync(page))).toBe(true);
  expect(brotliDecompressSync(readFileSync(`${page}.br`)).equals(readFileSync(page))).toBe(true);
  expect(totals.brotliBytes).toBeLessThan(totals.originalBytes / 10);
  expect(existsSync(join(dir, 'foto.jpg.gz'))).toBe(false);
  expect(shouldCompress('x.svg', 1000)).toBe(true);
  expect(shouldCompress('x.pdf', 100_000)).toBe(false);
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
