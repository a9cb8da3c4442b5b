/**
 * The budget gate on a small built folder: it must fail naming the page and its bytes, and
 * pass a light page. The hook is called directly with a real folder of files.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { pageWeight } from '../../src/integrations/page-weight.ts';

type Hook = (options: unknown) => void;

function recordingLogger() {
  const lines: string[] = [];
  const log = (message: string) => lines.push(message);
  return { lines, logger: { info: log, warn: log, error: log, debug: log, fork: () => undefined, label: 'test', options: {} } };
}

let folders: string[] = [];
afterEach(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  folders = [];
});

function site(pages: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'portal-weight-'));
  folders.push(root);
  const out = join(root, 'dist');
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(out, path, '..'), { recursive: true });
    writeFileSync(join(out, path), html);
  }
  return { root, out };
}

function run(root: string, out: string) {
  const integration = pageWeight({ reportFile: 'report.json' });
  const { lines, logger } = recordingLogger();
  (integration.hooks['astro:config:done'] as Hook)({ config: { root: pathToFileURL(`${root}/`) } });
  const call = () => (integration.hooks['astro:build:done'] as Hook)({ dir: pathToFileURL(`${out}/`), logger });
  return { call, lines };
}

/** Random-looking text that gzip cannot shrink much. */
function incompressible(bytes: number): string {
  let text = '';
  let seed = 7;
  while (text.length < bytes) {
    seed = (seed * 48271) % 2147483647;
    text += seed.toString(36);
  }
  return text;
}

describe('page-weight gate', () => {
  it('fails the build and names an over-budget page with its size', () => {
    const { root, out } = site({
      'index.html': '<html lang="id"><body><p>Ringan</p></body></html>',
      'berita/besar/index.html': `<html lang="id"><body><p>${incompressible(120_000)}</p></body></html>`,
    });
    const { call, lines } = run(root, out);
    expect(call).toThrow(/Anggaran ukuran halaman terlampaui: 1 masalah/);
    const log = lines.join('\n');
    expect(log).toMatch(/\/berita\/besar\/: \d+\.\d KB .*melebihi batas 50\.0 KB/);
    expect(log).not.toMatch(/^ {2}- \/: /m);
  });

  it('fails a content page that ships JavaScript, but allows it on the search page', () => {
    const { root, out } = site({
      'profil/index.html': '<html><body><script type="module" src="/x.js"></script></body></html>',
      'cari/index.html': '<html><body><script type="module" src="/x.js"></script></body></html>',
      'x.js': 'console.log(1)',
    });
    const { call, lines } = run(root, out);
    expect(call).toThrow(/1 masalah/);
    expect(lines.join('\n')).toContain('/profil/: halaman isi tidak boleh memuat JavaScript');
  });

  it('passes light pages and writes a report per page', () => {
    const { root, out } = site({ 'index.html': '<html lang="id"><body><h1>Beranda</h1></body></html>' });
    const { call } = run(root, out);
    expect(call).not.toThrow();
    const report = JSON.parse(readFileSync(join(root, 'report.json'), 'utf8')) as { urlPath: string; type: string; total: number }[];
    expect(report).toEqual([expect.objectContaining({ urlPath: '/', type: 'beranda' })]);
    expect(report[0]?.total).toBeGreaterThan(0);
  });
});
