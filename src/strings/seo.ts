/**
 * Strings for what search engines, feed readers, calendars and share cards show: feed
 * titles, calendar labels, status prefixes. Indonesian, like every user-facing string.
 */
export const seo = {
  feeds: {
    newsTitle: (office: string) => `Berita ${office}`,
    newsDescription: (office: string) => `Berita kegiatan, pelatihan, dan pengawasan obat dan makanan dari ${office}.`,
    forumsTitle: (office: string) => `Forum Konsultasi Publik ${office}`,
    forumsDescription: (office: string) =>
      `Pengumuman, perubahan jadwal atau status, dan hasil forum konsultasi publik ${office}.`,
    /** Item titles say what changed, so a reader sees a postponement at a glance. */
    forumItemTitle: {
      scheduled: (title: string) => `Pengumuman: ${title}`,
      postponed: (title: string) => `Ditunda: ${title}`,
      rescheduled: (title: string) => `Jadwal baru: ${title}`,
      'moved-online': (title: string) => `Dipindah ke daring: ${title}`,
      cancelled: (title: string) => `Dibatalkan: ${title}`,
      held: (title: string) => `Telah dilaksanakan: ${title}`,
      heldWithResults: (title: string) => `Hasil: ${title}`,
    },
    when: 'Waktu',
    where: 'Tempat',
    online: 'Daring',
    previousSchedule: 'Jadwal sebelumnya',
    newsAlternate: 'Umpan RSS berita',
    forumsAlternate: 'Umpan RSS forum konsultasi publik',
    calendarAlternate: 'Kalender forum konsultasi publik',
  },
  calendar: {
    name: (office: string) => `Forum Konsultasi Publik ${office}`,
    description: (office: string) => `Jadwal forum konsultasi publik ${office}: forum yang akan datang dan yang terbaru.`,
    /** Calendar apps show only the summary in a month view, so the status leads. */
    summaryPrefix: {
      scheduled: '',
      postponed: 'DITUNDA: ',
      rescheduled: '',
      'moved-online': 'DARING: ',
      cancelled: 'DIBATALKAN: ',
      held: '',
    },
    details: 'Keterangan lengkap',
    onlineLink: 'Tautan daring',
    addToCalendar: 'Simpan ke kalender',
    addToCalendarHint: 'Berkas .ics untuk aplikasi kalender di ponsel atau komputer. Bila jadwal berubah, buka lagi tautan ini.',
    allForums: 'Langganan kalender forum',
  },
  sitemap: {
    /** Build log of the sitemap job. */
    noSiteUrl: 'Peta situs tidak dapat dibuat: alamat situs kosong.',
    noSiteUrlHint: 'Isi siteUrl di content/settings/office.yaml (atau PORTAL_SITE_URL).',
    wrongCanonical: (path: string, found: string | undefined, expected: string) =>
      `${path}: alamat kanonis "${found ?? '(tidak ada)'}", seharusnya "${expected}". Halaman harus memakai BaseLayout (yang menulis <link rel="canonical">).`,
    failed: (pages: number) => `Peta situs: ${pages} halaman bermasalah.`,
    failedHint: 'Rincian tiap halaman tercetak di atas.',
    written: (pages: number, dated: number, files: number, ms: number) => `Peta situs: ${pages} halaman (${dated} bertanggal) dalam ${files} berkas, ${ms} ms.`,
  },
  share: {
    imageAlt: (title: string, office: string) => `${title}, ${office}`,
    /** Build log of the share-card job. */
    untitledPage: (path: string) => `${path}: og:title atau og:site_name kosong, kartu berbagi tidak bisa dibuat. Halaman harus memakai BaseLayout dengan judul.`,
    failed: (pages: number) => `Kartu berbagi: ${pages} halaman bermasalah.`,
    failedHint: 'Rincian tiap halaman tercetak di atas.',
    done: (rendered: number, reused: number, ms: number) => `Kartu berbagi: ${rendered} dibuat, ${reused} dari cache, ${ms} ms.`,
    noFonts: (folder: string) => `Huruf untuk kartu berbagi tidak ditemukan di ${folder}.`,
    noFontsHint: (fontPackage: string) => `Jalankan npm install (paket ${fontPackage}).`,
  },
} as const;
