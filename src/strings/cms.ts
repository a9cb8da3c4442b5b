/**
 * Indonesian text of the editor (Decap CMS at /admin) that does not come from the schema:
 * the page itself, collection descriptions, the article body field, rule messages and the
 * preview. Field labels and hints live with their fields in src/schema.
 */
export const cms = {
  page: {
    title: 'Ruang Editor',
    noscript: 'Ruang editor memerlukan JavaScript. Aktifkan JavaScript di peramban Anda lalu muat ulang halaman ini.',
  },
  collections: {
    news: {
      description: 'Berita kegiatan kantor. Foto diunggah ke folder berita yang sama.',
      singular: 'Berita',
    },
    services: {
      description: 'Standar pelayanan: keempat belas komponen menurut PermenPAN-RB Nomor 15 Tahun 2014, satu berkas per layanan.',
      singular: 'Standar Pelayanan',
    },
    forums: {
      description: 'Pengumuman, status, dan hasil Forum Konsultasi Publik. Dokumen PDF diunggah ke folder forum yang sama.',
      singular: 'Forum',
    },
    surveys: {
      description: 'Hasil Survei Kepuasan Masyarakat per periode. Pilih berkas jawaban (CSV atau Excel) dan semua angkanya dihitung otomatis; berkasnya sendiri tidak diunggah.',
      singular: 'Periode Survei',
    },
    settings: {
      description: 'Data kantor yang tampil di seluruh situs: nama, alamat, kontak, jam layanan, pengaduan, maklumat, dan lainnya.',
      fileLabel: 'Pengaturan Kantor',
    },
  },
  body: {
    news: {
      label: 'Isi berita',
      hint: 'Tulis dengan kalimat pendek dan jelas. Awali dengan apa yang terjadi, kapan, dan di mana. Pakai subjudul bila tulisan panjang.',
    },
    services: {
      label: 'Keterangan tambahan',
      hint: 'Boleh dikosongkan. Tulis hal penting lain yang perlu diketahui pengguna layanan.',
    },
    forums: {
      label: 'Keterangan forum',
      hint: 'Tujuan forum dan apa yang akan dibahas, dalam dua atau tiga paragraf pendek.',
    },
  },
  rules: {
    length: (min: number | undefined, max: number | undefined) =>
      min !== undefined && max !== undefined
        ? `Isi ${min}–${max} karakter.`
        : min !== undefined
          ? `Isi paling sedikit ${min} karakter.`
          : `Isi paling banyak ${max} karakter.`,
    notBlank: 'Isian tidak boleh hanya berisi spasi.',
    fileTypes: (types: readonly string[]) => `Berkas harus berjenis ${types.map((type) => type.toUpperCase()).join(', ')}.`,
    fileLimit: (types: readonly string[], maxSizeKb: number) =>
      `Jenis berkas: ${types.map((type) => type.toUpperCase()).join(', ')}. Ukuran paling besar ${formatSize(maxSizeKb)}.`,
    requiredWithParent: (parent: string) => `Wajib diisi bila "${parent}" diisi.`,
    listItem: 'Isian',
  },
  save: {
    failed: 'Belum bisa disimpan. Perbaiki dulu:',
  },
  /** The lists of entries (collection summaries and filters). */
  listing: {
    draft: ' (draf)',
    drafts: 'Draf',
  },
  /** Messages shown next to a field by the rules that span fields (src/cms/field-rules.ts). */
  fieldRules: {
    required: (label: string) => `${label} wajib diisi.`,
    inItem: (where: string, message: string) => `${where}: ${message}`,
  },
  /** When the address names another entry than the form shows (src/cms/address-change.ts). */
  addressChange: {
    leaveUnsaved: 'Perubahan pada tulisan ini belum disimpan. Tinggalkan dan buka tulisan lain?',
  },
  preview: {
    draft: 'DRAF: tulisan ini tidak akan tampil di situs.',
    published: 'Terbit',
    by: 'oleh',
    noPhotoAlt: 'Teks alternatif foto belum diisi.',
    requirements: 'Persyaratan',
    procedure: 'Prosedur',
    timeLimit: 'Jangka waktu penyelesaian',
    cost: 'Biaya/tarif',
    products: 'Produk pelayanan',
    schedule: 'Waktu',
    status: 'Status',
    venue: 'Tempat',
    online: 'Tautan daring',
    agenda: 'Susunan acara',
    invited: 'Pihak yang diundang',
    participation: 'Cara ikut serta',
    period: 'Periode',
    respondents: 'Jumlah responden',
    elements: 'Nilai rata-rata per unsur',
    settingsNote: 'Pratinjau ringkas data kantor.',
    area: 'Wilayah kerja',
  },
  /** Errors in the environment variables that choose where the editor saves (src/cms/backend.ts). */
  backendSettings: {
    repoFormat: 'Tulis pemilik/nama repositori, misalnya bpom-bengkulu/portal.',
    required: (key: string, backend: string, why: string) => `${key}: wajib diisi untuk CMS_BACKEND=${backend} (${why}).`,
    repoWhy: 'repositori yang menyimpan isi situs',
    appIdWhy: 'client id aplikasi OAuth untuk login editor',
    apiRootWhy: 'alamat API server, misalnya https://git.contoh.go.id/api/v1',
    noWorkflow: (backend: string) =>
      `CMS_EDITORIAL_WORKFLOW: Decap CMS belum mendukung alur draf → ditinjau → siap untuk ${backend}. Hapus variabel ini, atau pakai forgejo/github/gitlab.`,
    invalid: (problems: readonly string[]) =>
      `Pengaturan CMS tidak sah:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\nPerbaiki variabel lingkungan di atas (lihat docs/editor.md), lalu bangun ulang situs.`,
  },
} as const;

function formatSize(kb: number): string {
  return kb >= 1024 ? `${Math.round(kb / 1024)} MB` : `${kb} KB`;
}
