/**
 * A failed build's report for the editor, from real build logs (tests/fixtures/build-logs/,
 * captured from failing builds): a content check failure, two page checks failing at once,
 * and a code error. The report names each file or page, each problem and its fix, speaks
 * Indonesian only (no stack trace, no location, nothing Astro or Vite say), and escapes what it
 * quotes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readBuildLog } from '../../../scripts/publish/build-log.ts';
import { buildReport, escapeMarkdown, REPORT_LIMIT } from '../../../scripts/publish/report-markdown.ts';
import { projectRoot } from '../../helpers/paths.ts';

const log = (name: string) => readFileSync(join(projectRoot, 'tests/fixtures/build-logs', `${name}.log`), 'utf8');
const ENGLISH_OR_TECHNICAL = /Stack trace|Location:|at async|\.ts:\d+|AstroUserError|unhandled error|\[vite\]|\u001b\[/;

describe('the content check failed', () => {
  const parsed = readBuildLog(log('content-check-failed'));
  const report = buildReport(parsed, { commit: '0123456789abcdef', branch: 'cms/news/kelas-label-pangan', logUrl: 'https://github.com/balai/portal/actions/runs/42' });

  test('keeps the check report and the verdict, nothing else', () => {
    expect(parsed.reports.map((entry) => entry.check)).toEqual(['portal:content-check']);
    expect(parsed.verdict?.title).toBe('Pemeriksaan isi gagal: 6 masalah.');
    expect(parsed.technical).toBe(false);
  });

  test('names every file in bold, every problem as an item with its fix below it', () => {
    for (const file of ['content/news/foto-hilang/index.mdx', 'content/news/tanggal-mustahil/index.mdx', 'content/news/yaml-rusak/index.mdx', 'content/surveys/nilai-salah.yaml', 'content/forums/rujukan-salah/index.mdx']) {
      expect(report.markdown).toContain(`**${file}**`);
    }
    expect(report.markdown.match(/^- baris \d+/gm)).toHaveLength(6);
    expect(report.markdown).toContain('- baris 3, Tanggal terbit \\(date\\): Tanggal 2025-13-45 tidak ada di kalender.');
    expect(report.markdown).toMatch(/Periksa bulan \\\(01–12\\\) dan tanggalnya\.\\\n {2}\*Cara memperbaiki:\* Tanggal tulisan tampil di situs\./);
  });

  test('says the public site is unchanged, which change failed, and where the whole log is', () => {
    expect(report.markdown).toMatch(/^## Perubahan belum terbit/);
    expect(report.markdown).toContain('Situs publik tetap menampilkan versi sebelumnya');
    expect(report.markdown).toContain('Perubahan `0123456` di cabang `cms/news/kelas-label-pangan`.');
    expect(report.markdown).toContain('(https://github.com/balai/portal/actions/runs/42)');
  });

  test('speaks to the editor only', () => {
    expect(report.markdown).not.toMatch(ENGLISH_OR_TECHNICAL);
    expect(report.status).toBe('Gagal: Pemeriksaan isi. Buka untuk rincian dan cara memperbaikinya.');
  });
});

describe('two page checks failed in one build', () => {
  const parsed = readBuildLog(log('page-checks-failed'));
  const report = buildReport(parsed, { preview: true });

  test('reports both checks, each with its page and problem', () => {
    expect(parsed.reports.map((entry) => entry.check)).toEqual(['portal:accessibility', 'portal:site-check']);
    expect(report.markdown).toContain('### Pemeriksaan aksesibilitas');
    expect(report.markdown).toContain('### Pemeriksaan tautan');
    expect(report.markdown).toContain('**/berita/studi-tiru-layanan-inklusif/**');
    expect(report.markdown).toContain('- Tautan "/layanan/standar-yang-belum-ada/" menuju halaman atau berkas yang tidak ada di situs.');
    expect(report.status).toBe('Gagal: Pemeriksaan aksesibilitas, Pemeriksaan tautan. Buka untuk rincian dan cara memperbaikinya.');
  });

  test('quotes HTML as text, and leaves out the verdict that only points "above"', () => {
    expect(report.markdown).toContain('\\<h4 id="rincian-kunjungan"\\>Rincian kunjungan\\</h4\\>');
    expect(report.markdown).not.toMatch(/(^|[^\\])<h4/);
    expect(report.markdown).not.toContain('tercetak di atas');
  });

  test('of a preview says the public site was never at stake', () => {
    expect(report.markdown).toMatch(/^## Pratinjau belum bisa dibuat/);
    expect(report.markdown).toContain('Situs publik tidak terpengaruh.');
    expect(report.markdown).not.toMatch(/Stack trace|Location:|at async|AstroUserError|\u001b\[/);
  });
});

describe('a failure no portal check explains', () => {
  test('is sent to whoever keeps the code, without the English error or its stack', () => {
    const parsed = readBuildLog(log('code-error'));
    expect(parsed).toEqual({ reports: [], technical: true });
    const report = buildReport(parsed);
    expect(report.markdown).toContain('### Kesalahan teknis');
    expect(report.markdown).toContain('bukan karena isi yang Anda simpan');
    expect(report.markdown).not.toMatch(/Cannot read properties|getTime|Stack trace/);
    expect(report.status).toBe('Gagal karena masalah teknis (bukan isi). Teruskan ke pengelola teknis situs.');
  });
});

describe('report limits', () => {
  test('a very long report is cut before a comment would be refused, and says so', () => {
    const lines = Array.from({ length: 3000 }, (_, index) => `  - baris ${index + 1}, Judul (title): Judul terlalu panjang untuk ditampilkan di kartu berbagi.`);
    const report = buildReport({ reports: [{ check: 'portal:content-check', lines: ['content/news/panjang/index.mdx', ...lines] }], technical: false });
    expect(report.markdown.length).toBeLessThan(REPORT_LIMIT + 500);
    expect(report.markdown).toMatch(/Laporan dipotong: \d+ dari \d+ baris ditampilkan\./);
  });

  test('the status line fits the 140 characters GitHub allows', () => {
    const reports = ['portal:content-check', 'portal:site-check', 'portal:accessibility', 'portal:page-weight', 'portal:sitemap', 'portal:share-images', 'portal:lain'].map((check) => ({ check, lines: ['x'] }));
    expect(buildReport({ reports, technical: false }).status.length).toBeLessThanOrEqual(140);
  });

  test("Markdown's special characters are shown as typed", () => {
    expect(escapeMarkdown('nilai < 3 *penting* [tautan](x) `kode` #1 | _a_ & {b}')).toBe('nilai \\< 3 \\*penting\\* \\[tautan\\]\\(x\\) \\`kode\\` \\#1 \\| \\_a\\_ \\& \\{b\\}');
  });
});
