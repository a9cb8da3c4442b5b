/**
 * The build cache's one key rule and one pruning rule: a key changes with the content and with
 * the code version; entries no build among the last KEPT_BUILDS used are removed with their
 * files, and nothing else is; a damaged index is ignored, and so are the files it vouched for.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeVersion, packageVersion } from '../../../src/build-cache/code-version.ts';
import { CACHE_STAGES, cacheRoot, chosenCacheDir, removeRetiredCaches, stageCacheDir } from '../../../src/build-cache/place.ts';
import { INDEX_FILE, KEPT_BUILDS, StageCache, entryKey } from '../../../src/build-cache/stage-cache.ts';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'portal-build-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const isText = (value: unknown): value is string => typeof value === 'string';
const open = () => StageCache.open(dir, isText);
/** One build that uses `keys` (adding those not stored yet) and ends. */
function build(keys: readonly string[]): void {
  const cache = open();
  for (const key of keys) if (cache.get(key) === undefined) cache.set(key, `nilai ${key}`);
  cache.save();
}
const storedKeys = () => open().newestFirst().map(([key]) => key).sort();

describe('the key of an entry', () => {
  it('changes when the content changes, and when the code version changes', () => {
    const key = entryKey('kode-1', ['<p>isi</p>']);
    expect(entryKey('kode-1', ['<p>isi</p>'])).toBe(key);
    expect(entryKey('kode-1', ['<p>isi lain</p>'])).not.toBe(key);
    expect(entryKey('kode-2', ['<p>isi</p>'])).not.toBe(key);
    expect(entryKey('kode-1', ['ab', 'c'])).not.toBe(entryKey('kode-1', ['a', 'bc']));
    expect(entryKey('kode-1', [Buffer.from('<p>isi</p>')])).toMatch(/^[0-9a-f]{64}$/);
  });

  it('takes the code version from source files, package versions and settings', () => {
    const source = join(dir, 'tahap.ts');
    writeFileSync(source, 'export const a = 1;\n');
    const parts = { sources: [new URL(`file://${source}`)], packages: ['zod'], settings: ['satu'] };
    const version = codeVersion(parts);
    expect(codeVersion(parts)).toBe(version);
    expect(codeVersion({ ...parts, settings: ['dua'] })).not.toBe(version);
    expect(codeVersion({ ...parts, packages: ['yaml'] })).not.toBe(version);
    const other = join(dir, 'tahap-lain.ts');
    writeFileSync(other, 'export const a = 2;\n');
    expect(codeVersion({ ...parts, sources: [new URL(`file://${other}`)] })).not.toBe(version);
    expect(packageVersion('zod')).toMatch(/^\d+\.\d+\.\d+/);
    expect(packageVersion('paket-yang-tidak-ada')).toBe('?');
  });
});

describe('pruning', () => {
  it(`removes exactly the entries that none of the last ${KEPT_BUILDS} builds used, with their files`, () => {
    const [old, kept, fresh] = ['a', 'b', 'c'].map((letter) => letter.repeat(64)) as [string, string, string];
    build([old, kept]);
    writeFileSync(join(dir, `${old}.br`), 'lama');
    writeFileSync(join(dir, `${kept}.br`), 'dipakai');
    // Each later build uses `kept` and adds one new entry, so each one writes its index.
    for (let next = 2; next <= KEPT_BUILDS; next++) {
      build([kept, `${next}`.repeat(64)]);
      expect(storedKeys()).toContain(old);
    }
    build([kept, fresh]);
    expect(storedKeys()).not.toContain(old);
    expect(storedKeys()).toEqual(expect.arrayContaining([kept, fresh, ...Array.from({ length: KEPT_BUILDS - 1 }, (_, index) => `${index + 2}`.repeat(64))]));
    expect(existsSync(join(dir, `${old}.br`))).toBe(false);
    expect(existsSync(join(dir, `${kept}.br`))).toBe(true);
  });

  it('counts a build that uses what the one before used as that build, and writes nothing', () => {
    build(['a'.repeat(64)]);
    const before = readFileSync(join(dir, INDEX_FILE), 'utf8');
    for (let again = 0; again < KEPT_BUILDS + 1; again++) build(['a'.repeat(64)]);
    expect(readFileSync(join(dir, INDEX_FILE), 'utf8')).toBe(before);
  });

  it('removes entry files the index does not list, and leaves other files alone', () => {
    mkdirSync(join(dir, 'fontconfig'));
    writeFileSync(join(dir, 'fonts.conf'), '<fontconfig/>');
    writeFileSync(join(dir, `${'d'.repeat(64)}.png`), 'tanpa indeks');
    mkdirSync(join(dir, 'e'.repeat(64)));
    build(['a'.repeat(64)]);
    expect(readdirSync(dir).sort()).toEqual(['fontconfig', 'fonts.conf', INDEX_FILE]);
  });

  it('takes in entries another build added meanwhile', () => {
    const ours = open();
    ours.set('a'.repeat(64), 'kami');
    build(['b'.repeat(64)]);
    ours.save();
    expect(storedKeys()).toEqual(['a'.repeat(64), 'b'.repeat(64)]);
  });
});

describe('a damaged cache', () => {
  it('is ignored: a broken index, or a value that is not whole, is not found', () => {
    build(['a'.repeat(64)]);
    writeFileSync(join(dir, INDEX_FILE), '{"format": "portal-build-cache 1", "entr');
    expect(open().get('a'.repeat(64))).toBeUndefined();
    writeFileSync(join(dir, INDEX_FILE), JSON.stringify({ format: 'portal-build-cache 1', build: 1, entries: { ['a'.repeat(64)]: [1, 42], ['b'.repeat(64)]: 'rusak' } }));
    expect(open().get('a'.repeat(64))).toBeUndefined();
    expect(open().has('b'.repeat(64))).toBe(false);
  });

  it('is written whole again, without the files of the index it replaces', () => {
    build(['a'.repeat(64)]);
    writeFileSync(join(dir, `${'a'.repeat(64)}.gz`), 'tidak dijamin lagi');
    writeFileSync(join(dir, INDEX_FILE), '{rusak');
    build(['b'.repeat(64)]);
    expect(storedKeys()).toEqual(['b'.repeat(64)]);
    expect(readdirSync(dir).sort()).toEqual([INDEX_FILE]);
  });
});

describe('the place', () => {
  it('is one folder with one sub-folder per stage, or a folder of its own, or none', () => {
    expect(cacheRoot('/proyek')).toBe('/proyek/node_modules/.cache/portal');
    expect(CACHE_STAGES.map((stage) => stageCacheDir('/proyek', stage))).toEqual(CACHE_STAGES.map((stage) => `/proyek/node_modules/.cache/portal/${stage}`));
    expect(chosenCacheDir(undefined, '/proyek', 'search')).toBe('/proyek/node_modules/.cache/portal/search');
    expect(chosenCacheDir('/lain', '/proyek', 'search')).toBe('/lain');
    expect(chosenCacheDir(false, '/proyek', 'search')).toBeUndefined();
  });

  it('removes the folders of the caches it replaced, and nothing else', () => {
    for (const folder of ['node_modules/.cache/portal-pages', 'node_modules/.astro/share-cards', 'node_modules/.astro/data-store', 'node_modules/.cache/portal/search']) {
      mkdirSync(join(dir, folder), { recursive: true });
    }
    removeRetiredCaches(dir);
    expect(readdirSync(join(dir, 'node_modules/.cache'))).toEqual(['portal']);
    expect(readdirSync(join(dir, 'node_modules/.astro'))).toEqual(['data-store']);
  });
});
