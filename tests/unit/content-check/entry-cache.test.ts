/**
 * The content check's per-entry cache: unchanged entries are not validated again but still
 * counted and still seen by the rules that span entries; a changed entry, or a file an entry
 * depends on, is validated again; a damaged cache is ignored.
 */
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { stageCacheDir } from '../../../src/build-cache/place.ts';
import { INDEX_FILE } from '../../../src/build-cache/stage-cache.ts';
import { checkContent } from '../../../src/content-check/check-content.ts';
import { editorRules } from '../../../src/content-check/rules/index.ts';
import { validFixtureRoot } from '../../helpers/content-fixtures.ts';

let root = '';
let cacheDir = '';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'portal-content-cache-'));
  // The fixture's content only: a build cache other tests left in the fixture folder would not start empty.
  cpSync(join(validFixtureRoot, 'content'), join(root, 'content'), { recursive: true });
  cacheDir = stageCacheDir(root, 'content-check');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const check = () => checkContent(root, editorRules(root), { cacheDir });
const NEWS = 'content/news/pelatihan-label-pangan/index.mdx';
const FORUM = 'content/forums/forum-standar-2025/index.mdx';

test('a rebuild with nothing changed validates no entry again, yet counts and returns every entry', async () => {
  const first = await check();
  expect(first.validated).toBe(6);
  expect(first.problems).toEqual([]);
  const second = await check();
  expect(second.validated).toBe(0);
  expect(second.entries).toHaveLength(6);
  expect(second.entries.map((entry) => entry.data)).toEqual(first.entries.map((entry) => entry.data));
});

test('a changed entry is validated again, and its new problem is reported', async () => {
  await check();
  const file = join(root, NEWS);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Pendek'));
  const result = await check();
  expect(result.validated).toBe(1);
  expect(result.problems).toEqual([expect.objectContaining({ file: NEWS, line: 2, field: 'Judul (title)' })]);
});

test('a problem found once is reported again from the cache on the next build', async () => {
  appendFileSync(join(root, NEWS), '\nLihat [di sini](/layanan/).\n');
  const first = (await check()).problems;
  expect(first).toEqual([expect.objectContaining({ file: NEWS, message: expect.stringMatching(/Teks tautan "di sini"/) })]);
  const second = await check();
  expect(second.validated).toBe(0);
  expect(second.problems).toEqual(first);
});

test('deleting a photo validates the article that uses it again', async () => {
  await check();
  rmSync(join(root, 'content/news/pelatihan-label-pangan/foto.png'));
  const result = await check();
  expect(result.validated).toBe(1);
  expect(result.problems).toEqual([expect.objectContaining({ file: NEWS, line: 8, message: expect.stringMatching(/Berkas foto "\.\/foto\.png" tidak ditemukan/) })]);
});

test('a cached, valid forum whose service was removed is still reported, with its line', async () => {
  await check();
  const forum = readFileSync(join(root, FORUM), 'utf8');
  const service = /services:\n\s+- (\S+)/.exec(forum)?.[1] ?? '';
  rmSync(join(root, `content/services/${service}.mdx`));
  const result = await check();
  expect(result.validated).toBe(0);
  expect(result.problems).toEqual([
    expect.objectContaining({ file: FORUM, line: forum.split('\n').findIndex((line) => line.includes(`- ${service}`)) + 1, message: `Standar pelayanan "${service}" tidak ada.` }),
  ]);
});

test('a cached, valid forum whose document was removed is still reported', async () => {
  await check();
  rmSync(join(root, 'content/forums/forum-standar-2025/berita-acara.pdf'));
  expect((await check()).problems).toEqual([expect.objectContaining({ file: FORUM, message: expect.stringMatching(/berita-acara\.pdf" tidak ditemukan/) })]);
});

test('a damaged cache is ignored and every entry validated again', async () => {
  await check();
  writeFileSync(join(cacheDir, INDEX_FILE), '{"format": "x", "entr');
  const result = await check();
  expect(result.validated).toBe(6);
  expect(result.problems).toEqual([]);
  // and the cache is whole again for the build after
  expect((await check()).validated).toBe(0);
});

test('a cache written for other rules is not used', async () => {
  await check();
  const withoutEditorRules = await checkContent(root, [], { cacheDir });
  expect(withoutEditorRules.validated).toBe(6);
});
