/**
 * Putting the editor's bundle into a build: bundled once per key into the build cache and
 * reused after, never trusted when incomplete, never left half-written when bundling fails,
 * and the cache kept to the newest bundles. The bundler is a stand-in script run as a process,
 * as bundle-editor.ts is (the real one takes seconds and is covered by the build tests).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FILE_LIST } from '../../../src/editor-bundle/paths.ts';
import { placeEditorBundle, prepareEditorBundle, type PrepareOptions } from '../../../src/editor-bundle/place-bundle.ts';

let dir = '';
let root = '';
let cacheDir = '';
let bundler = '';
let failing = '';
const runsFile = () => join(dir, 'runs');
const runs = () => (existsSync(runsFile()) ? readFileSync(runsFile(), 'utf8').length : 0);
const distOf = (name: string) => join(dir, name);
/** Prepares the bundle as a build starts and puts it into `dist` as its pages are done. */
async function build(dist: string, options: Omit<PrepareOptions, 'root' | 'scratchDir'>) {
  return placeEditorBundle(await prepareEditorBundle({ root, scratchDir: join(dir, 'scratch'), ...options }), distOf(dist));
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'portal-editor-bundle-'));
  root = join(dir, 'proyek');
  mkdirSync(root);
  cacheDir = join(dir, 'cache');
  bundler = join(dir, 'bundler.mjs');
  // Writes an entry named by the key and one chunk, then the list last, as bundle-editor.ts does.
  writeFileSync(
    bundler,
    `import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
const [root, outDir, key] = process.argv.slice(2);
appendFileSync(${JSON.stringify(runsFile())}, 'x');
mkdirSync(outDir, { recursive: true });
writeFileSync(outDir + '/editor.' + key + '.js', 'import "./editor-chunk.abc.js";');
writeFileSync(outDir + '/editor-chunk.abc.js', 'export const root = ' + JSON.stringify(root) + ';');
writeFileSync(outDir + '/${FILE_LIST}', JSON.stringify(['editor.' + key + '.js', 'editor-chunk.abc.js']));
`,
  );
  failing = join(dir, 'failing.mjs');
  writeFileSync(
    failing,
    `import { mkdirSync, writeFileSync } from 'node:fs';
const outDir = process.argv[3];
mkdirSync(outDir, { recursive: true });
writeFileSync(outDir + '/editor.half.js', '');
console.error('src/cms/admin.ts (3:1): Expected a semicolon');
process.exit(1);
`,
  );
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the editor bundle in a build', () => {
  it('is bundled once into the cache and reused by the next build of the same code', async () => {
    const first = await build('dist-1', { key: 'aaaa', cacheDir, bundler });
    const second = await build('dist-2', { key: 'aaaa', cacheDir, bundler });
    expect([first.reused, second.reused, runs()]).toEqual([false, true, 1]);
    expect(second.files).toBe(2);
    for (const dist of ['dist-1', 'dist-2']) {
      expect(readdirSync(join(distOf(dist), '_astro')).sort()).toEqual(['editor-chunk.abc.js', 'editor.aaaa.js']);
    }
    expect(readFileSync(join(distOf('dist-2'), '_astro/editor.aaaa.js'), 'utf8')).toBe('import "./editor-chunk.abc.js";');
  });

  it('is bundled again for another key, and the cache keeps only the newest two', async () => {
    for (const key of ['aaaa', 'bbbb', 'cccc']) await build(`dist-${key}`, { key, cacheDir, bundler });
    expect(runs()).toBe(3);
    expect(readdirSync(cacheDir).sort()).toEqual(['bbbb', 'cccc']);
  });

  it.each([
    ['its list of files is missing', (folder: string) => rmSync(join(folder, FILE_LIST))],
    ['a file its list names is missing', (folder: string) => rmSync(join(folder, 'editor-chunk.abc.js'))],
    ['its list is damaged', (folder: string) => writeFileSync(join(folder, FILE_LIST), '["editor.aaaa.js"')],
  ])('is bundled again when the cached one is incomplete: %s', async (_what, damage) => {
    await build('dist-1', { key: 'aaaa', cacheDir, bundler });
    damage(join(cacheDir, 'aaaa'));
    const again = await build('dist-2', { key: 'aaaa', cacheDir, bundler });
    expect([again.reused, runs()]).toEqual([false, 2]);
    expect(readdirSync(join(distOf('dist-2'), '_astro')).sort()).toEqual(['editor-chunk.abc.js', 'editor.aaaa.js']);
  });

  it('fails with what the bundler said, and leaves nothing half-written in the cache or the build', async () => {
    await expect(build('dist', { key: 'aaaa', cacheDir, bundler: failing })).rejects.toThrow('src/cms/admin.ts (3:1): Expected a semicolon');
    expect(readdirSync(cacheDir)).toEqual([]);
    expect(existsSync(distOf('dist'))).toBe(false);
  });

  it('without a cache, is bundled into the build every time and leaves no temporary folder', async () => {
    await build('dist', { key: 'aaaa', bundler });
    const again = await build('dist', { key: 'aaaa', bundler });
    expect([again.reused, runs()]).toEqual([false, 2]);
    expect(readdirSync(join(distOf('dist'), '_astro')).sort()).toEqual(['editor-chunk.abc.js', 'editor.aaaa.js']);
    await expect(build('dist', { key: 'bbbb', bundler: failing })).rejects.toThrow('Expected a semicolon');
    expect(readdirSync(join(distOf('dist'), '_astro')).sort()).toEqual(['editor-chunk.abc.js', 'editor.aaaa.js']);
    expect(readdirSync(join(dir, 'scratch'))).toEqual([]);
  });
});
