/** What the build leaves for the server: configuration files and compressed copies. */
import { existsSync, readFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { MIN_BYTES, TEXT_EXTENSIONS } from '../../src/hosting/precompress.ts';
import { listBuiltFiles } from '../../src/site-check/built-files.ts';
import { distDir, projectRoot } from '../helpers/paths.ts';

const files = listBuiltFiles(distDir);

test('the build writes the nginx configuration and the _headers file', () => {
  expect(readFileSync(`${distDir}/_nginx/portal.conf`, 'utf8')).toContain('add_header Content-Security-Policy');
  expect(readFileSync(`${distDir}/_headers`, 'utf8')).toMatch(/^\/\*$/m);
});

test('every text file has gzip and brotli copies that decompress to it', () => {
  const text = files.filter((file) => TEXT_EXTENSIONS.has(file.slice(file.lastIndexOf('.'))) && !file.startsWith('/_nginx/'));
  const compressible = text.filter((file) => readFileSync(`${distDir}${file}`).length >= MIN_BYTES);
  expect(compressible.length).toBeGreaterThan(10);
  const problems = compressible.filter((file) => {
    const original = readFileSync(`${distDir}${file}`);
    return !gunzipSync(readFileSync(`${distDir}${file}.gz`)).equals(original) || !brotliDecompressSync(readFileSync(`${distDir}${file}.br`)).equals(original);
  });
  expect(problems).toEqual([]);
});

test('documents are published as files, never inlined into the page', () => {
  const pages = files.filter((file) => file.endsWith('.html')).map((file) => readFileSync(`${distDir}${file}`, 'utf8'));
  expect(pages.some((html) => html.includes('href="data:'))).toBe(false);
  expect(files.some((file) => file.endsWith('.pdf'))).toBe(true);
});

test('the safe build left no temporary folder behind', () => {
  expect(existsSync(`${projectRoot}/.build-tmp`)).toBe(false);
  expect(existsSync(`${projectRoot}/.build-old`)).toBe(false);
});
