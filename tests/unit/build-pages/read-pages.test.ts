/**
 * The shared reading of a build's pages: facts are remembered by page content, so a rebuild
 * derives them only for changed pages; a damaged or outdated cache is never trusted; and the
 * cross-page checks give the same answers from remembered facts as from a fresh parse; and
 * freshly derived facts take about the room of their JSON while the build holds them.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'parse5';
import { afterEach, describe, expect, it } from 'vitest';
import { finishedPages } from '../../../src/build-pages/finished-pages.ts';
import { listBuiltPages } from '../../../src/build-pages/list-pages.ts';
import { derivePageFacts, factsCodeVersion, looksLikePageFacts } from '../../../src/build-pages/page-facts.ts';
import { readBuiltPages } from '../../../src/build-pages/read-pages.ts';
import { INDEX_FILE, KEPT_BUILDS, StageCache, entryKey } from '../../../src/build-cache/stage-cache.ts';
import { pageWeightFacts, weighPage } from '../../../src/lib/page-weight/measure.ts';
import { checkSite } from '../../../src/site-check/check-site.ts';

let folders: string[] = [];
afterEach(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  folders = [];
});

const page = (title: string, body: string) =>
  `<!doctype html><html lang="id"><head><title>${title}</title><meta property="og:title" content="${title}"><link rel="canonical" href="https://contoh.example/"><link rel="stylesheet" href="/_astro/situs.css"></head><body><main>${body}</main><script type="module" src="/_astro/situs.js"></script></body></html>`;

function project(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'portal-pages-'));
  folders.push(root);
  const out = join(root, 'dist');
  const cacheDir = join(root, 'cache');
  write(out, files);
  return { root, out, cacheDir };
}

function write(out: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text);
  }
}

const site = {
  'index.html': page('Beranda', '<a href="/layanan/#biaya">Biaya layanan</a><a href="/profil/">Profil kantor</a>'),
  'layanan/index.html': page('Layanan', '<h2 id="biaya">Biaya</h2><a href="/">Beranda</a>'),
  'profil/index.html': page('Profil', '<a href="/layanan/">Standar pelayanan</a>'),
  '_astro/situs.css': 'body{color:#111}',
  '_astro/situs.js': 'console.log(1)',
};

describe('reading the built pages', () => {
  it('derives facts for every page once, then only for a page whose HTML changed', () => {
    const { out, cacheDir } = project(site);
    const first = readBuiltPages(out, { cacheDir });
    expect(first.pages.map((p) => p.urlPath)).toEqual(['/', '/layanan/', '/profil/']);
    expect(first.derived).toBe(3);

    const again = readBuiltPages(out, { cacheDir });
    expect(again.derived).toBe(0);
    expect(again.pages.map((p) => p.facts)).toEqual(first.pages.map((p) => p.facts));

    write(out, { 'profil/index.html': page('Profil', '<a href="/layanan/">Standar pelayanan</a><a href="/kontak/">Kontak kantor</a>') });
    const changed = readBuiltPages(out, { cacheDir });
    expect(changed.derived).toBe(1);
    const profil = changed.pages.find((p) => p.urlPath === '/profil/');
    expect(profil?.hash).not.toBe(first.pages[2]?.hash);
    expect(profil?.facts.parsed.references.map((r) => r.url)).toContain('/kontak/');
  });

  it('ignores a damaged cache file and writes a whole one again', () => {
    const { out, cacheDir } = project(site);
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(join(cacheDir, INDEX_FILE), '{"format": "potongan');
    const reading = readBuiltPages(out, { cacheDir });
    expect(reading.derived).toBe(3);
    const stored = StageCache.open(cacheDir, looksLikePageFacts);
    expect(reading.pages.every((p) => stored.has(entryKey(factsCodeVersion(), [p.hash])))).toBe(true);
  });

  it('does not trust facts derived by other code, or an entry that is not whole', () => {
    const { out, cacheDir } = project(site);
    const fresh = readBuiltPages(out, { cacheDir: undefined });
    const planted = derivePageFacts(page('Palsu', '<a href="/tidak-ada/">Halaman palsu</a>'));
    const plant = (version: string, facts: unknown) => {
      const cache = StageCache.open<unknown>(cacheDir, (value): value is unknown => value !== undefined);
      for (const p of fresh.pages) cache.set(entryKey(version, [p.hash]), facts);
      cache.save();
    };
    plant('kode-lama', planted);
    const stale = readBuiltPages(out, { cacheDir });
    expect(stale.derived).toBe(3);
    expect(stale.pages.map((p) => p.facts)).toEqual(fresh.pages.map((p) => p.facts));

    rmSync(cacheDir, { recursive: true });
    plant(factsCodeVersion(), { parsed: { ids: [] } });
    expect(readBuiltPages(out, { cacheDir }).derived).toBe(3);
  });

  it(`drops a changed page's earlier version once ${KEPT_BUILDS} builds have not used it, and keeps what they used`, () => {
    const { root, out, cacheDir } = project(site);
    const fixture = join(root, 'fixture-dist');
    const stored = () => Object.keys((JSON.parse(readFileSync(join(cacheDir, INDEX_FILE), 'utf8')) as { entries: object }).entries);
    const keyOf = (hash: string | undefined) => entryKey(factsCodeVersion(), [hash ?? '']);
    const before = readBuiltPages(out, { cacheDir });
    write(out, { 'profil/index.html': page('Profil', '<p>Versi kedua</p>') });
    const after = readBuiltPages(out, { cacheDir });
    const earlier = keyOf(before.pages[2]?.hash);
    // Builds of a fixture, each with a new page, until the earlier version is past the last KEPT_BUILDS builds.
    for (let build = 3; build <= KEPT_BUILDS; build++) {
      write(fixture, { 'index.html': page('Fixture', `<p>Uji ${build}</p>`) });
      readBuiltPages(fixture, { cacheDir });
      expect(stored()).toContain(earlier);
    }
    write(fixture, { 'index.html': page('Fixture', '<p>Uji terakhir</p>') });
    readBuiltPages(fixture, { cacheDir });
    expect(stored()).not.toContain(earlier);
    expect(stored()).toEqual(expect.arrayContaining(after.pages.map((p) => keyOf(p.hash))));
    expect(readBuiltPages(out, { cacheDir }).derived).toBe(0);
  });

  it('remembers facts that give the same page weight as measuring the HTML', () => {
    const { out, cacheDir } = project(site);
    readBuiltPages(out, { cacheDir });
    const cached = readBuiltPages(out, { cacheDir });
    const readAsset = (urlPath: string) => Buffer.from(urlPath === '/_astro/situs.css' ? site['_astro/situs.css'] : '');
    const measured = (html: string) => weighPage(pageWeightFacts(html, parse(html)), readAsset);
    for (const p of cached.pages) expect(weighPage(p.facts.weight, readAsset)).toEqual(measured(readFileSync(p.file, 'utf8')));
  });
});

describe('the site check from remembered facts', () => {
  const check = (root: string, out: string, cacheDir: string | undefined) =>
    checkSite({ dir: out, root, siteOrigin: 'https://contoh.example', builtPages: readBuiltPages(out, { cacheDir }) }).problems.map((p) => `${p.page} ${p.message}`);

  it('reports a broken link planted in the one changed page', () => {
    const { root, out, cacheDir } = project(site);
    expect(check(root, out, cacheDir)).toEqual([]);
    write(out, { 'layanan/index.html': page('Layanan', '<h2 id="biaya">Biaya</h2><a href="/jadwal-lama/">Jadwal forum</a>') });
    const problems = check(root, out, cacheDir);
    expect(problems).toEqual([expect.stringMatching(/^\/layanan\/ .*\/jadwal-lama\//)]);
    expect(problems).toEqual(check(root, out, undefined));
  });

  it('reports links in unchanged pages to a page that was removed, and to an anchor that went away', () => {
    const { root, out, cacheDir } = project(site);
    expect(check(root, out, cacheDir)).toEqual([]);
    unlinkSync(join(out, 'profil/index.html'));
    write(out, { 'layanan/index.html': page('Layanan', '<h2 id="tarif">Tarif</h2><a href="/">Beranda</a>') });
    const reading = readBuiltPages(out, { cacheDir });
    expect(reading.derived).toBe(1);
    const problems = checkSite({ dir: out, root, siteOrigin: 'https://contoh.example', builtPages: reading }).problems.map((p) => `${p.page} ${p.message}`);
    expect(problems).toHaveLength(2);
    expect(problems.every((problem) => problem.startsWith('/ '))).toBe(true);
    expect(problems.join('\n')).toContain('/profil/');
    expect(problems.join('\n')).toContain('biaya');
    expect(problems).toEqual(check(root, out, undefined));
  });
});

describe('one reading per build', () => {
  type Hook = (options: unknown) => void;
  const startBuild = (shared: ReturnType<typeof finishedPages>, root: string) => {
    (shared.integration.hooks['astro:config:done'] as Hook)({ config: { root: pathToFileURL(`${root}/`) } });
    (shared.integration.hooks['astro:build:start'] as Hook)({});
  };

  it('hands every gate of a build the same pages, re-reading only files written since', () => {
    const { root, out } = project(site);
    const shared = finishedPages({ cacheDir: false });
    startBuild(shared, root);
    const first = shared.read(`${out}/`);
    const second = shared.read(out);
    expect(second.derived).toBe(0);
    second.pages.forEach((p, index) => expect(p).toBe(first.pages[index]));

    write(out, { 'profil/index.html': page('Profil', '<p>Baru</p>') });
    const third = shared.read(out);
    expect(third.derived).toBe(1);
    expect(third.pages[0]).toBe(first.pages[0]);
    expect(third.pages[2]).not.toBe(first.pages[2]);

    // A page removed since drops out; a page added since is read once a gate lists the folder again.
    unlinkSync(join(out, 'layanan/index.html'));
    write(out, { 'kontak/index.html': page('Kontak', '<p>Telepon</p>') });
    expect(shared.read(out).pages.map((p) => p.urlPath)).toEqual(['/', '/profil/']);
    const relisted = shared.read(out, listBuiltPages(out));
    expect(relisted.pages.map((p) => p.urlPath)).toEqual(['/', '/kontak/', '/profil/']);
    expect(relisted.derived).toBe(1);
  });

  it('never hands a new build the pages of the previous one, even a file with the same size and time', () => {
    const { root, out } = project(site);
    const file = join(out, 'profil/index.html');
    const time = new Date('2026-01-01T00:00:00Z');
    utimesSync(file, time, time);
    const shared = finishedPages({ cacheDir: false });
    startBuild(shared, root);
    const before = shared.read(out);
    writeFileSync(file, readFileSync(file, 'utf8').replace('Standar pelayanan', 'Standar pelayanaN'));
    utimesSync(file, time, time);
    const linkText = (reading: ReturnType<typeof shared.read>) => reading.pages[2]?.facts.parsed.references.find((r) => r.tag === 'a')?.linkText;
    // Within one build the file looks unchanged (same size and time), so it is not read again...
    expect(linkText(shared.read(out))).toBe('Standar pelayanan');

    // ...but the next build starts from nothing.
    startBuild(shared, root);
    const after = shared.read(out);
    expect(after.pages[2]?.hash).not.toBe(before.pages[2]?.hash);
    expect(linkText(after)).toBe('Standar pelayanaN');
  });

  it('keeps nothing between calls when no build was started', () => {
    const { out } = project(site);
    const shared = finishedPages({ cacheDir: false });
    expect(shared.read(out).derived).toBe(3);
    expect(shared.read(out).derived).toBe(3);
  });
});

describe('facts held through the build', () => {
  it('take about the room of their JSON, not the room of the strings parse5 built', () => {
    const helper = fileURLToPath(new URL('../../helpers/page-facts-heap.ts', import.meta.url));
    const result = spawnSync(process.execPath, ['--expose-gc', helper], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const { heldBytes, jsonBytes } = JSON.parse(result.stdout) as { heldBytes: number; jsonBytes: number };
    expect(jsonBytes).toBeGreaterThan(1_000_000);
    // Held as parse5 built them, the facts took about eight times their JSON.
    expect(heldBytes).toBeLessThan(jsonBytes * 2.5);
  });
});
