/** What the search index says in the build log, in Indonesian like the other gates. */
export const messages = {
  written: (pages: number, ms: number, reused: boolean, kilobytes: number, folder: string) =>
    `Indeks pencarian: ${pages} halaman dalam ${ms} ms${reused ? ', dipakai ulang karena teks yang diindeks tidak berubah' : ''}, ${kilobytes} KB di /${folder}/.`,
  waited: (ms: number) =>
    `Indeks pencarian dibuat sambil peta situs, kartu berbagi, bobot halaman dan pemeriksaan aksesibilitas berjalan; build masih menunggunya ${ms} ms.`,
  failed: (what: string, errors: readonly string[]) => `Indeks pencarian gagal dibuat saat ${what}: ${errors.join('; ')}`,
  failedHint: 'Periksa halaman yang disebut di atas (HTML yang rusak atau atribut data-pagefind-* yang salah), perbaiki, lalu bangun ulang situs.',
  reading: 'membaca halaman',
  writing: 'menulis berkas indeks',
  noMarkedPage:
    'tidak ada halaman dengan data-pagefind-body. BaseLayout menandai <main> halaman yang boleh dicari; pastikan halaman memakai BaseLayout tanpa noindex',
  pagefindExited: (code: number | null, output: string) => `Pagefind berhenti dengan kode ${code}: ${output || '(tanpa keterangan)'}`,
  indexUnreadable: (detail: string) =>
    `metadata indeks yang baru ditulis Pagefind tidak terbaca (${detail}); versi Pagefind yang terpasang mungkin menulis format lain: pasang versi yang tercatat di package-lock.json dengan npm ci, lalu bangun ulang`,
  indexFilesMissing: (files: readonly string[]) =>
    `metadata indeks menyebut berkas yang tidak ditulis Pagefind (${files.join(', ')}); hapus node_modules/.cache/portal/search/ lalu bangun ulang`,
  notStarted: 'Indeks pencarian tidak pernah dimulai.',
  notStartedHint:
    'Di src/integrations/portal/stages.ts, kedua bagian dari searchIndexAlongside() adalah satu tahap, bagian pertama sebelum yang kedua; buat keduanya dari satu panggilan.',
};
