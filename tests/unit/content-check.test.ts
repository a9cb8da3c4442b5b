/**
 * The content check on a deliberately broken content folder: every problem in one run,
 * each with the file, the line, the field and the fix.
 */
import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent, type ContentProblem } from '../../src/content-check/check-content.ts';
import { formatReport } from '../../src/content-check/format-report.ts';
import { contentCheck } from '../../src/integrations/content-check.ts';
import { brokenFixtureRoot, validFixtureRoot } from '../helpers/content-fixtures.ts';

const { problems, entries } = await checkContent(brokenFixtureRoot);
const inFile = (file: string): ContentProblem[] => problems.filter((problem) => problem.file === file);

describe('content check on the broken fixture', () => {
  test('reports every broken file in one run, and nothing in the good ones', () => {
    expect(entries).toHaveLength(7);
    expect(new Set(problems.map((problem) => problem.file))).toEqual(
      new Set([
        'content/news/tanggal-mustahil/index.mdx',
        'content/news/foto-hilang/index.mdx',
        'content/news/yaml-rusak/index.mdx',
        'content/forums/rujukan-salah/index.mdx',
        'content/surveys/nilai-salah.yaml',
        'content/settings/office.yaml',
      ]),
    );
    expect(problems.every((problem) => problem.severity === 'error')).toBe(true);
    expect(problems).toHaveLength(7);
  });

  test('rejects the impossible date 2025-13-45 instead of rolling it over', () => {
    expect(inFile('content/news/tanggal-mustahil/index.mdx')).toEqual([
      expect.objectContaining({
        line: 3,
        field: 'Tanggal terbit (date)',
        message: 'Tanggal 2025-13-45 tidak ada di kalender. Periksa bulan (01–12) dan tanggalnya.',
      }),
    ]);
  });

  test('a missing photo names the content file that uses it', () => {
    const [problem] = inFile('content/news/foto-hilang/index.mdx');
    expect(problem).toMatchObject({ line: 7, field: 'Foto utama › Berkas foto (image.src)' });
    expect(problem?.message).toBe(
      'Berkas foto "./belum-diunggah.jpg" tidak ditemukan di folder content/news/foto-hilang. Unggah fotonya lagi atau perbaiki nama berkasnya.',
    );
  });

  test('bad YAML is reported with its line', () => {
    const [problem] = inFile('content/news/yaml-rusak/index.mdx');
    // The quote opened on line 4 runs to the end of the data, where the parser notices it.
    expect(problem?.line).toBe(5);
    expect(problem?.message).toMatch(/tanda kutip atau kurung yang dibuka tetapi tidak ditutup, di baris ini atau di atasnya/);
    expect(problem?.message).toMatch(/Tutup tanda kutipnya/);
  });

  test('a forum that references a missing service names it and lists the ones that exist', () => {
    expect(inFile('content/forums/rujukan-salah/index.mdx')).toEqual([
      {
        file: 'content/forums/rujukan-salah/index.mdx',
        line: 19,
        field: 'Standar pelayanan yang dibahas (services.1)',
        message: 'Standar pelayanan "layanan-yang-tidak-ada" tidak ada.',
        hint: 'Pilih salah satu yang ada: pendampingan-umkm.',
        severity: 'error',
      },
    ]);
  });

  test('two mistakes in one survey file are both reported', () => {
    const fields = inFile('content/surveys/nilai-salah.yaml').map((problem) => problem.field);
    expect(fields).toEqual([
      'Hasil survei › Nilai rata-rata per unsur › Persyaratan (results.elements.requirements)',
      'Hasil survei › Nilai rata-rata per unsur › Sarana dan prasarana (results.elements.facilities)',
    ]);
  });

  test('a site address without https:// is reported, not left to Astro’s own "Invalid URL"', () => {
    expect(inFile('content/settings/office.yaml')).toEqual([
      expect.objectContaining({ line: 5, field: 'Alamat situs (siteUrl)', message: expect.stringMatching(/^Alamat situs harus diawali https:\/\//) }),
    ]);
  });

  test('the printed report groups by file and gives each fix', () => {
    const report = formatReport(problems);
    expect(report).toMatch(/^Isi situs perlu diperbaiki: 7 masalah di 6 berkas\./);
    expect(report).toContain('content/news/tanggal-mustahil/index.mdx\n  - baris 3, Tanggal terbit (date): Tanggal 2025-13-45 tidak ada di kalender.');
    expect(report).toContain('    Cara memperbaiki: Pilih salah satu yang ada: pendampingan-umkm.');
    expect(report).toContain('content/news/yaml-rusak/index.mdx\n  - baris 5: ');
  });
});

describe('content check on good content', () => {
  test('the valid fixture has no problem', async () => {
    const result = await checkContent(validFixtureRoot);
    expect(result.problems).toEqual([]);
    expect(result.entries.map((entry) => `${entry.source.collection}/${entry.source.id}`).sort()).toEqual([
      'forums/forum-standar-2025',
      'news/pelatihan-label-pangan',
      'services/pendampingan-umkm',
      'services/pengujian',
      'settings/office',
      'surveys/tahun-2025',
    ]);
  });
});

describe('rules that span files', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'portal-content-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  function copyOfValid(name: string): string {
    const root = join(scratch, name);
    cpSync(validFixtureRoot, root, { recursive: true });
    return root;
  }

  test('a forum document that was not uploaded is named with its forum file', async () => {
    const root = copyOfValid('no-pdf');
    rmSync(join(root, 'content/forums/forum-standar-2025/berita-acara.pdf'));
    expect((await checkContent(root)).problems).toEqual([
      expect.objectContaining({
        file: 'content/forums/forum-standar-2025/index.mdx',
        field: 'Hasil forum › Dokumen › nomor 1 › Berkas PDF (results.attachments.0.file)',
        message: 'Berkas "./berita-acara.pdf" tidak ditemukan di folder content/forums/forum-standar-2025.',
      }),
    ]);
  });

  test('missing office settings are reported', async () => {
    const root = copyOfValid('no-settings');
    rmSync(join(root, 'content/settings/office.yaml'));
    expect((await checkContent(root)).problems).toEqual([
      expect.objectContaining({ file: 'content/settings/office.yaml', message: expect.stringMatching(/pengaturan kantor tidak ada/) }),
    ]);
  });

  test('a news folder named like a list route is refused', async () => {
    const root = copyOfValid('reserved');
    cpSync(join(root, 'content/news/pelatihan-label-pangan'), join(root, 'content/news/halaman'), { recursive: true });
    expect((await checkContent(root)).problems).toEqual([
      expect.objectContaining({ file: 'content/news/halaman/index.mdx', message: expect.stringMatching(/dipakai oleh halaman daftar berita/) }),
    ]);
  });

  test('a forum folder named like the forum list pages is refused', async () => {
    const root = copyOfValid('reserved-forum');
    const [forum] = readdirSync(join(root, 'content/forums'));
    cpSync(join(root, 'content/forums', forum ?? ''), join(root, 'content/forums/halaman'), { recursive: true });
    const errors = (await checkContent(root)).problems.filter((problem) => problem.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({ file: 'content/forums/halaman/index.mdx', message: expect.stringMatching(/dipakai oleh halaman daftar forum/) }),
    ]);
  });

  test('a photo linked from another site is refused', async () => {
    const root = copyOfValid('remote-photo');
    const file = join(root, 'content/news/pelatihan-label-pangan/index.mdx');
    mkdirSync(join(root, 'content/news/pelatihan-label-pangan'), { recursive: true });
    writeFileSync(
      file,
      '---\ntitle: Berita dengan Foto dari Situs Lain\ndate: 2025-02-10\nauthor: Tim Infokom\nsummary: Foto berita ini ditautkan dari situs lain, jadi pemeriksaan isi harus menolaknya.\nimage:\n  src: https://contoh.example/foto.jpg\n  alt: Petugas memeriksa label produk pangan.\n---\n',
    );
    const errors = (await checkContent(root)).problems.filter((problem) => problem.severity === 'error');
    expect(errors).toEqual([expect.objectContaining({ line: 7, message: expect.stringMatching(/harus diunggah ke situs, bukan ditautkan/) })]);
  });
});

describe('content check inside the build', () => {
  const logged: string[] = [];
  const logger = {
    info: (message: string) => logged.push(message),
    warn: (message: string) => logged.push(message),
    error: (message: string) => logged.push(message),
  };
  const setup = (root: string) =>
    // Called the way Astro calls the hook: only `config.root` and `logger` are read.
    (contentCheck().hooks['astro:config:setup'] as (options: unknown) => Promise<void>)({
      config: { root: new URL(`file://${root}/`) },
      logger,
    });

  test('stops the build with every problem printed above one summary', async () => {
    logged.length = 0;
    await expect(setup(brokenFixtureRoot)).rejects.toThrow('Pemeriksaan isi gagal: 7 masalah.');
    expect(logged.join('\n')).toContain('content/forums/rujukan-salah/index.mdx');
    expect(logged.join('\n')).toContain('content/news/foto-hilang/index.mdx');
  });

  test('logs one line with its timing when content is good', async () => {
    logged.length = 0;
    await setup(validFixtureRoot);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^6 berkas isi diperiksa dalam \d+ ms, tidak ada masalah\.$/);
  });
});
