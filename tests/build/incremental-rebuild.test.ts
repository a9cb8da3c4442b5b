/**
 * Astro's incremental build copies unchanged pages from its cache. These builds of a copy of
 * the portal check that a rebuild shows every edit everywhere it appears (the article, the
 * news list, its topic page) and that a change to the office settings reaches pages whose own
 * content did not change, while untouched pages are indeed reused.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, copySite, type SiteCopy } from '../helpers/site-copy.ts';

const EDITED = 'studi-tiru-layanan-inklusif';
const UNTOUCHED = 'waspada-resistensi-antimikroba';
const NEW_TITLE = 'Judul Baru Setelah Penyuntingan Studi Tiru';
const NEW_PARAGRAPH = 'Paragraf ini ditambahkan oleh penyunting setelah terbit.';
const NEW_OFFICE_NAME = 'Balai POM di Bengkulu Raya';
/** A page of an article deleted from the content since the first build. */
const REMOVED_PAGE = 'berita/artikel-yang-dihapus/index.html';

/** Log lines without colour codes, so the restored pages can be matched. */
const PLAIN_LOG = { NO_COLOR: '1', FORCE_COLOR: '0' };

let site: SiteCopy;
const page = (path: string) => readFileSync(join(site.root, 'dist', path, 'index.html'), 'utf8');
let first: { untouched: string };
let afterEdit: { log: string; article: string; list: string; topic: string; untouched: string };
let afterSettings: { untouched: string };
let outsideBuildFolders: { before: string[]; after: string[] };

/** The page-weight report of the last build: a record for the benchmark, not a cache. */
const PAGE_WEIGHT_REPORT = '.cache/page-weight.json';

/**
 * Every file of the copy outside the folders a build may write (its output, `.astro/` and
 * `node_modules/`, where the build caches live), with size and modification time. docs/hosting.md
 * tells hosts to keep the caches between builds; this is what makes that list complete.
 */
function filesOutsideBuildFolders(root: string): string[] {
  // The build folders are never entered: what happens in them (Vite's dependency folder, the
  // last output being deleted in the background) may change while they would be listed.
  const buildFolder = /^(dist|\.astro|node_modules|\.dist-previous-.*)$/;
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => !buildFolder.test(entry.name))
    .flatMap((entry) => (entry.isDirectory() ? readdirSync(join(root, entry.name), { recursive: true, withFileTypes: true }) : [entry]))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .filter((path) => path !== PAGE_WEIGHT_REPORT)
    .map((path) => {
      const stats = statSync(join(root, path));
      return `${path} ${stats.size} ${stats.mtimeMs}`;
    })
    .sort();
}

function edit(path: string, change: (text: string) => string): void {
  const file = join(site.root, path);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

beforeAll(() => {
  site = copySite();
  const before = filesOutsideBuildFolders(site.root);
  buildSite(site.root, 'dist', PLAIN_LOG);
  outsideBuildFolders = { before, after: filesOutsideBuildFolders(site.root) };
  first = { untouched: page(`berita/${UNTOUCHED}`) };
  mkdirSync(join(site.root, 'dist', REMOVED_PAGE, '..'), { recursive: true });
  writeFileSync(join(site.root, 'dist', REMOVED_PAGE), '<!doctype html><title>Dihapus</title>');

  edit(`content/news/${EDITED}/index.mdx`, (text) => `${text.replace(/^title: .*$/m, `title: ${NEW_TITLE}`)}\n${NEW_PARAGRAPH}\n`);
  const log = buildSite(site.root, 'dist', PLAIN_LOG);
  afterEdit = { log, article: page(`berita/${EDITED}`), list: page('berita'), topic: page('berita/topik/kelompok-rentan'), untouched: page(`berita/${UNTOUCHED}`) };

  edit('content/settings/office.yaml', (text) => text.replace(/^ {2}name: .*$/m, `  name: ${NEW_OFFICE_NAME}`));
  buildSite(site.root, 'dist', PLAIN_LOG);
  afterSettings = { untouched: page(`berita/${UNTOUCHED}`) };
}, 300_000);

afterAll(() => site?.remove());

describe('a rebuild after an article is edited', () => {
  test('shows the new title and paragraph on the article', () => {
    expect(afterEdit.article).toContain(NEW_TITLE);
    expect(afterEdit.article).toContain(NEW_PARAGRAPH);
  });

  test('shows the new title on the news list and on the topic page', () => {
    expect(afterEdit.list).toContain(NEW_TITLE);
    expect(afterEdit.topic).toContain(NEW_TITLE);
  });

  test('reuses untouched pages instead of rendering them again', () => {
    expect(afterEdit.log).toMatch(new RegExp(`/berita/${UNTOUCHED}/index\\.html \\((restored|cached)\\)`));
    expect(afterEdit.log).not.toMatch(new RegExp(`/berita/${EDITED}/index\\.html \\((restored|cached)\\)`));
    expect(afterEdit.untouched).toBe(first.untouched);
  });
});

describe('what a build writes', () => {
  test('stays in its output, .astro/ and node_modules/, so keeping node_modules/.astro and node_modules/.cache keeps every cache', () => {
    expect(outsideBuildFolders.before.length).toBeGreaterThan(50);
    expect(outsideBuildFolders.after).toEqual(outsideBuildFolders.before);
    expect(existsSync(join(site.root, 'node_modules/.astro/incremental-build.json'))).toBe(true);
  });
});

describe('the output of a rebuild', () => {
  test('holds nothing of the previous build that this build did not make', () => {
    expect(existsSync(join(site.root, 'dist', REMOVED_PAGE))).toBe(false);
  });

  test('the previous output, set aside before the build, is deleted after it', async () => {
    const leftAside = () => readdirSync(site.root).filter((name) => name.startsWith('.dist-previous-'));
    for (let waited = 0; waited < 10_000 && leftAside().length > 0; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(leftAside()).toEqual([]);
  });
});

describe('a rebuild after the office settings change', () => {
  test('renders the new office name on pages whose own content did not change', () => {
    expect(first.untouched).not.toContain(NEW_OFFICE_NAME);
    expect(afterSettings.untouched).toContain(NEW_OFFICE_NAME);
  });
});
