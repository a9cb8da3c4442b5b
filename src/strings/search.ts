/**
 * Every user-facing string of the site search: the /cari/ page, its results and its empty
 * state. The search page's script imports this module too, so wording stays in one place.
 */
export const search = {
  title: 'Cari',
  heading: 'Cari di situs ini',
  description: 'Cari berita, standar pelayanan, forum konsultasi publik, dan informasi lain di situs ini.',
  resultsTitle: (query: string) => `Hasil pencarian “${query}”`,
  noScript: {
    heading: 'Pencarian memerlukan JavaScript',
    text: 'Kotak pencarian di halaman ini hanya bekerja bila JavaScript aktif di peramban Anda. Anda tetap dapat menemukan informasi melalui daftar berikut:',
  },
  loadFailed: 'Pencarian sedang tidak dapat dimuat. Muat ulang halaman ini, atau temukan informasi melalui daftar berikut:',
  browseLists: 'Daftar isi situs',
  form: {
    label: 'Pencarian situs',
    query: 'Kata yang dicari',
    queryHint: 'Misalnya: sertifikat, impor, pengaduan, atau nama bulan dan tahun forum.',
    filtersLegend: 'Saring dan urutkan',
    type: 'Jenis',
    anyType: 'Semua jenis',
    year: 'Tahun',
    anyYear: 'Semua tahun',
    sort: 'Urutkan',
    sortRelevance: 'Paling sesuai',
    sortNewest: 'Terbaru',
    submit: 'Cari',
  },
  /** Content types as readers know them; the keys are the values stored in the index. */
  types: {
    berita: 'Berita',
    layanan: 'Layanan',
    forum: 'Forum',
    informasi: 'Informasi',
  },
  /** How a result's date reads, per content type. */
  dateLabels: {
    berita: 'Terbit',
    layanan: 'Ditinjau',
    forum: 'Jadwal',
    informasi: 'Diperbarui',
  },
  status: {
    searching: 'Mencari…',
    prompt: 'Tulis kata yang dicari, lalu tekan tombol Cari.',
    count: (count: number, query: string) =>
      query ? `${count} hasil untuk “${query}”.` : `${count} hasil.`,
    filteredBy: (filters: string) => `Disaring: ${filters}.`,
    none: (query: string) => (query ? `Tidak ada hasil untuk “${query}”.` : 'Tidak ada hasil.'),
  },
  resultsLabel: 'Hasil pencarian',
  showMore: (count: number) => `Tampilkan ${count} hasil berikutnya`,
  empty: {
    heading: 'Saran',
    checkSpelling: 'Periksa ejaan kata yang Anda tulis.',
    fewerWords: 'Gunakan kata yang lebih sedikit atau lebih umum, misalnya “sertifikat” dan bukan “sertifikat keamanan pangan industri rumah tangga”.',
    clearFilters: 'Cari tanpa saringan jenis dan tahun',
    tryWords: 'Coba kata lain:',
    browse: 'Atau lihat daftar:',
    askUs: 'Tidak menemukan yang Anda cari? Hubungi kami melalui halaman',
  },
  /** Words people often look for, offered as ready-made searches. */
  suggestedQueries: ['sertifikat', 'impor', 'ekspor', 'pengaduan', 'UMKM', 'forum konsultasi publik'],
} as const;

export type SearchStrings = typeof search;
