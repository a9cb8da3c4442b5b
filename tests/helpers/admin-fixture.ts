/**
 * A stand-in CMS page for builds that have no /admin/ yet: the real Decap CMS bundled with
 * esbuild into one script, loaded the way the portal's CMS page loads it (an external
 * module script, no inline code). Builds that have /admin/ are tested with their own page.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { projectRoot } from './paths.ts';

const ENTRY = `
import CMS from 'decap-cms-app';
CMS.init({
  config: {
    load_config_file: false,
    backend: { name: 'github', repo: 'contoh/portal-balai-pom' },
    media_folder: 'public/unggahan',
    collections: [{ name: 'news', label: 'Berita', folder: 'content/news', create: true, fields: [{ name: 'title', label: 'Judul', widget: 'string' }] }],
  },
});
`;

export async function writeAdminFixture(siteRoot: string): Promise<void> {
  mkdirSync(`${siteRoot}/admin`, { recursive: true });
  await build({
    stdin: { contents: ENTRY, resolveDir: projectRoot, loader: 'js' },
    bundle: true,
    format: 'esm',
    minify: true,
    outfile: `${siteRoot}/_astro/cms-fixture.js`,
    define: { 'process.env.NODE_ENV': '"production"', global: 'window' },
    loader: { '.js': 'jsx', '.wasm': 'file' },
    logLevel: 'error',
  });
  writeFileSync(
    `${siteRoot}/admin/index.html`,
    '<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Pengelola Isi</title></head><body><script type="module" src="/_astro/cms-fixture.js"></script></body></html>',
  );
}
