/** What the editor's bundle (src/integrations/editor-bundle.ts) says in the build log, in Indonesian like the other stages. */
export const editorBundleMessages = {
  placed: (files: number, kilobytes: number, reused: boolean, ms: number) =>
    `Skrip ruang editor (/admin/): ${files} berkas, ${kilobytes} KB, ${reused ? 'dipakai ulang dari cache karena kodenya tidak berubah' : 'dibuat'} dalam ${ms} ms.`,
  failed: (detail: string) => `Skrip ruang editor (/admin/) gagal dibuat: ${detail}`,
  failedHint:
    'Ini kesalahan pada kode editor (src/cms/), bukan pada isi. Perbaiki berkas yang disebut di atas, atau hubungi pengembang, lalu bangun ulang situs.',
  notStarted: 'Skrip ruang editor tidak pernah mulai dibuat.',
  notStartedHint:
    'Di src/integrations/portal/stages.ts, kedua bagian dari editorBundle() adalah satu tahap, bagian pertama sebelum yang kedua; buat keduanya dari satu panggilan.',
  noAddress:
    'Alamat skrip ruang editor tidak diketahui: halaman /admin/ dibangun tanpa integrasi editorBundle() (src/integrations/editor-bundle.ts) di astro.config.mjs.',
};
