/**
 * A real `astro build` of the portal with the broken fixture as its content: the build must
 * stop before rendering anything and print every problem, with file, line, field and fix.
 * It runs in a temporary copy of the project (never touching dist/ or content/).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { brokenFixtureRoot } from '../helpers/content-fixtures.ts';
import { projectRoot } from '../helpers/paths.ts';
import { linkNodeModules } from '../../scripts/lib/link-node-modules.ts';

const copy = mkdtempSync(join(tmpdir(), 'portal-bad-content-'));
let result: { status: number | null; output: string };

beforeAll(() => {
  for (const item of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public']) {
    cpSync(join(projectRoot, item), join(copy, item), { recursive: true });
  }
  linkNodeModules(projectRoot, copy);
  cpSync(join(brokenFixtureRoot, 'content'), join(copy, 'content'), { recursive: true });
  const run = spawnSync(join(projectRoot, 'node_modules/.bin/astro'), ['build'], {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  result = { status: run.status, output: `${run.stdout}\n${run.stderr}` };
});

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('building the portal with broken content', () => {
  test('fails, and renders nothing', () => {
    expect(result.status).not.toBe(0);
    expect(existsSync(join(copy, 'dist', 'index.html'))).toBe(false);
  });

  test('says how many problems there are and where the details are', () => {
    expect(result.output).toContain('Pemeriksaan isi gagal: 7 masalah.');
    expect(result.output).toContain('Isi situs perlu diperbaiki: 7 masalah di 6 berkas.');
  });

  test('prints every problem in the one run, each with its file, line, field and fix', () => {
    const expectations = [
      'content/news/tanggal-mustahil/index.mdx\n',
      'baris 3, Tanggal terbit (date): Tanggal 2025-13-45 tidak ada di kalender.',
      'content/news/foto-hilang/index.mdx\n',
      'Berkas foto "./belum-diunggah.jpg" tidak ditemukan di folder content/news/foto-hilang.',
      'content/news/yaml-rusak/index.mdx\n',
      'baris 5: Ada tanda kutip atau kurung yang dibuka tetapi tidak ditutup',
      'content/forums/rujukan-salah/index.mdx\n',
      'baris 19, Standar pelayanan yang dibahas (services.1): Standar pelayanan "layanan-yang-tidak-ada" tidak ada.',
      'Cara memperbaiki: Pilih salah satu yang ada: pendampingan-umkm.',
      'content/surveys/nilai-salah.yaml\n',
      'Hasil survei › Nilai rata-rata per unsur › Sarana dan prasarana (results.elements.facilities): Wajib diisi.',
      'content/settings/office.yaml\n',
      'baris 5, Alamat situs (siteUrl): Alamat situs harus diawali https://',
    ];
    for (const text of expectations) expect(result.output).toContain(text);
  });

  test('an unusable site address reaches the content check instead of stopping Astro in English', () => {
    expect(result.output).not.toContain('Invalid URL');
  });
});
