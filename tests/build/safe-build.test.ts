/**
 * The safe build in a copy of the project: a build that fails late (after Astro has written
 * pages) must leave the previous dist/ exactly as it was and content/ untouched, and its
 * report must name every problem with the page and the content file and line.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { changedFiles, snapshotFolder } from '../../src/hosting/content-snapshot.ts';
import { projectRoot } from '../helpers/paths.ts';
import { linkNodeModules } from '../../scripts/lib/link-node-modules.ts';

let copy = '';
let result: ReturnType<typeof spawnSync>;
let contentBefore: Map<string, string>;
const article = 'content/services/sertifikasi.mdx';

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'portal-safe-build-'));
  for (const item of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public', 'scripts']) {
    cpSync(join(projectRoot, item), join(copy, item), { recursive: true });
  }
  linkNodeModules(projectRoot, copy);
  // A link to a page that does not exist, in an editor's file: found only after pages are built.
  const text = readFileSync(join(copy, article), 'utf8');
  writeFileSync(join(copy, article), `${text.trimEnd()}\n\nIsi [formulir permohonan sertifikasi](/formulir-yang-hilang/) sebelum datang.\n`);
  // The previous, complete deploy.
  mkdirSync(join(copy, 'dist'));
  writeFileSync(join(copy, 'dist', 'index.html'), '<p>situs sebelumnya</p>');
  contentBefore = snapshotFolder(join(copy, 'content'));
  result = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: copy, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
});

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

test('a build that fails after writing pages leaves the previous dist/ untouched', () => {
  expect(result.status).not.toBe(0);
  expect(readFileSync(join(copy, 'dist', 'index.html'), 'utf8')).toBe('<p>situs sebelumnya</p>');
  expect(snapshotFolder(join(copy, 'dist')).size).toBe(1);
  expect(existsSync(join(copy, '.build-tmp'))).toBe(false);
  expect(`${result.stderr}`).toContain('Isi dist/ yang lama tetap utuh');
});

test('the failed build names the page, the content file and line, and the fix', () => {
  const output = `${result.stdout}${result.stderr}`;
  const line = readFileSync(join(copy, article), 'utf8').trimEnd().split('\n').length;
  expect(output).toContain('Pemeriksaan tautan gagal');
  expect(output).toMatch(/^\/layanan\/sertifikasi\/$/m);
  expect(output).toContain('Tautan "/formulir-yang-hilang/" menuju halaman atau berkas yang tidak ada');
  expect(output).toContain(`disebut di ${article} baris ${line}`);
  expect(output).toContain('Cara memperbaiki: Perbaiki alamat tautannya');
});

test('building never modifies content/', () => {
  expect(changedFiles(contentBefore, snapshotFolder(join(copy, 'content')))).toEqual([]);
});
