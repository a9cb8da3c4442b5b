/**
 * What the accessibility gate says in the build log, in Indonesian like the content check.
 * axe's own rule texts stay in English (axe has no Indonesian translation); the fix for each
 * element comes from axe.
 */
import type { BuiltPage } from './types.ts';

export const messages = {
  pagesChecked: (counts: { pages: number; rechecked: number; browserPages: number; browserRechecked: number }, ms: number) =>
    `${counts.pages} halaman lolos WCAG 2.2 AA dalam ${ms} ms: axe di jsdom memeriksa ulang ${counts.rechecked} halaman yang berubah (sisanya dari cache); Chromium memeriksa ${counts.browserPages} halaman, satu per templat (${counts.browserRechecked} diperiksa ulang).`,
  ranAlongside: (pages: number, addedMs: number) =>
    `${pages} halaman diperiksa bersamaan dengan pembuatan indeks pencarian; waktu yang ditambahkan pada build: ${addedMs} ms.`,
  failed: (violations: number, pages: number) => `Pemeriksaan aksesibilitas gagal: ${violations} pelanggaran di ${pages} halaman.`,
  failedHint:
    'Rincian tiap pelanggaran (halaman, aturan, elemen, cara memperbaiki) tercetak di atas. Perbaiki semuanya lalu bangun ulang situs. Temuan yang sudah ditimbang dan diterima dicatat beserta alasannya di src/integrations/accessibility/accepted.ts.',
  reportHeading: (violations: number, pages: number) => `Situs belum memenuhi WCAG 2.2 AA: ${violations} pelanggaran di ${pages} halaman.`,
  element: 'elemen',
  fix: 'cara memperbaiki',
  reference: 'rujukan',
  seenIn: (engine: string) => (engine === 'chromium' ? 'ditemukan di Chromium' : 'ditemukan di jsdom'),
  noBrowser: (path: string) =>
    `Chromium tidak ditemukan di ${path}. Pemeriksaan yang butuh tampilan nyata TIDAK dijalankan: kontras warna, tanda fokus yang terlihat, ukuran target sentuh, tautan yang dibedakan hanya dengan warna, dan tata letak selebar 320 px tanpa geser ke samping. Pasang Chromium (apt-get install chromium) atau tunjuk lokasinya dengan CHROMIUM_PATH.`,
  noBrowserInCi: 'Di CI pemeriksaan di Chromium wajib: pasang Chromium (bash scripts/setup.sh --tests) lalu jalankan lagi.',
  browserSwitchedOff:
    'Pemeriksaan di Chromium dimatikan (PORTAL_A11Y_BROWSER=off). TIDAK dijalankan: kontras warna, tanda fokus yang terlihat, ukuran target sentuh, tautan yang dibedakan hanya dengan warna, dan tata letak selebar 320 px.',
  focusNotVisibleHelp: 'Elemen yang bisa dijangkau dengan Tab harus menampilkan tanda fokus yang terlihat (WCAG 2.4.7)',
  focusNotVisibleFix:
    'Tambahkan gaya :focus-visible pada elemen ini (garis tepi, bayangan, atau latar yang berbeda); jangan pakai outline: none tanpa pengganti.',
  reflowHelp: 'Pada lebar 320 px halaman tidak boleh bergeser ke samping (WCAG 1.4.10)',
  reflowFix: (width: number) =>
    `Elemen ini melebar sampai ${width} px. Biarkan isinya membungkus (flex-wrap, max-width: 100%, overflow-wrap), atau bungkus tabel dengan .table-wrap agar hanya tabel yang bisa digeser.`,
  pageLabel: (page: BuiltPage, relativeFile: string) => `${page.path}  (${relativeFile})`,
} as const;
