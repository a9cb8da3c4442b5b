/**
 * Astro's content store is dropped when the code that shaped it changes (a schema default,
 * the body sanitiser), and kept when only content or pages change.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { forgetContentStoreMadeByOtherCode } from '../../../scripts/lib/content-store-version.ts';

let root: string;
const store = () => join(root, 'node_modules/.astro/data-store.json');
const write = (path: string, text: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'content-store-'));
  write('src/content.config.ts', 'export const collections = {};');
  write('src/schema/news.ts', 'export const title = 1;');
  write('src/lib/body-html/allow-list.ts', 'export const tags = ["p"];');
  write('package-lock.json', '{}');
  write('node_modules/.astro/data-store.json', '{}');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the content store is kept only for the code that made it', () => {
  test('a store of unknown origin is dropped once, then kept while the code stays', () => {
    expect(forgetContentStoreMadeByOtherCode(root)).toBe(true);
    write('node_modules/.astro/data-store.json', '{}');
    expect(forgetContentStoreMadeByOtherCode(root)).toBe(false);
    expect(existsSync(store())).toBe(true);
  });

  test.each([
    ['a schema module', 'src/schema/news.ts'],
    ['a new schema module', 'src/schema/forum.ts'],
    ['the sanitiser’s allow-list', 'src/lib/body-html/allow-list.ts'],
    ['the installed packages', 'package-lock.json'],
  ])('a change of %s drops it', (_, path) => {
    forgetContentStoreMadeByOtherCode(root);
    write('node_modules/.astro/data-store.json', '{}');
    write(path, 'export const changed = true;');
    expect(forgetContentStoreMadeByOtherCode(root)).toBe(true);
    expect(existsSync(store())).toBe(false);
  });

  test('content and pages do not touch it', () => {
    forgetContentStoreMadeByOtherCode(root);
    write('node_modules/.astro/data-store.json', '{}');
    write('content/news/a/index.mdx', '---\ntitle: A\n---');
    write('src/pages/index.astro', '<p>Beranda</p>');
    expect(forgetContentStoreMadeByOtherCode(root)).toBe(false);
    expect(existsSync(store())).toBe(true);
  });
});
