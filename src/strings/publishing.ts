/**
 * Messages of publishing: the deploy and rollback commands, the scheduled-build check, and the
 * report a failed build sends to the editor (job summary, comment, commit status). Indonesian:
 * they are read by the office's editors and whoever keeps its server.
 */
export const publishing = {
  deploy: {
    usage:
      'Cara memakai: npm run deploy -- [--preview] [--keep N] [--from FOLDER] TUJUAN   (atau --remove-preview TUJUAN)\n' +
      '  TUJUAN: pengguna@server:/var/www/portal (lewat SSH) atau folder di komputer ini, misalnya /srv/portal.',
    rollbackUsage: 'Cara memakai: npm run deploy:rollback -- TUJUAN   (TUJUAN sama dengan yang dipakai saat menerbitkan)',
    badTarget: (target: string) =>
      `Tujuan "${target}" tidak bisa dipakai. Tulis pengguna@server:/folder/mutlak (huruf, angka, titik, garis bawah, dan tanda hubung saja), atau folder di komputer ini.`,
    relativeRemotePath: (target: string) => `Folder di server pada "${target}" harus ditulis lengkap dari akar, misalnya deploy@server:/var/www/portal.`,
    badKeep: (value: string) => `--keep ${value} tidak bisa dipakai: tulis bilangan bulat 2 atau lebih (rilis lama yang disimpan untuk kembali ke versi sebelumnya).`,
    badSshPort: (value: string) => `PORTAL_DEPLOY_SSH_PORT="${value}" bukan nomor port. Tulis angka, misalnya 22.`,
    unknownOption: (option: string) => `Pilihan ${option} tidak dikenal.`,
    noBuild: (folder: string) => `Folder ${folder}/ belum berisi situs yang lengkap (tidak ada index.html dan 404.html). Jalankan dulu: npm run build`,
    previewToLive: (folder: string) =>
      `${folder}/ adalah pratinjau (robots.txt melarang semua mesin pencari) dan tidak boleh menggantikan situs publik. Bangun ulang tanpa PORTAL_NOINDEX, atau tambahkan --preview bila tujuannya memang alamat pratinjau.`,
    liveToPreview: (folder: string) =>
      `--preview dipakai, tetapi ${folder}/ bukan pratinjau: bangun dengan PORTAL_NOINDEX=1 supaya pratinjau tidak masuk mesin pencari.`,
    missingTool: (tool: string) => `Perintah ${tool} tidak ditemukan. Pasang dengan: sudo apt-get install ${tool}`,
    uploading: (release: string, target: string) => `Mengunggah rilis ${release} ke ${target} ...`,
    live: (release: string, target: string, seconds: string) => `Rilis ${release} kini tayang di ${target} (${seconds} s).`,
    rolledBack: (release: string, target: string) => `Situs di ${target} dikembalikan ke rilis ${release}.`,
    previewRemoved: (target: string) => `Pratinjau di ${target} dihapus.`,
    reloading: (command: string) => `Memuat ulang server web: ${command}`,
    stepFailed: (step: string, status: number | null) =>
      `Langkah "${step}" gagal (kode ${status ?? '-'}). Situs yang tayang tidak berubah kecuali pesan di atas mengatakan lain.`,
  },
  due: {
    notScheduled: (event: string) => `Dijalankan oleh "${event}", bukan jadwal: situs dibangun.`,
    daily: (local: string, zone: string) => `Pembangunan harian (${local.replace('T', ' ')} ${zone}): situs dibangun.`,
    article: (id: string, date: string) => `Berita "${id}" terbit hari ini (${date}): situs dibangun.`,
    forumEnded: (id: string, end: string, zone: string) => `Forum "${id}" selesai pada ${end.replace('T', ' ')} ${zone}: situs dibangun.`,
    nothing: (local: string, zone: string) => `Tidak ada yang berubah karena waktu sejak jadwal sebelumnya (${local.replace('T', ' ')} ${zone}): situs tidak dibangun ulang.`,
    unreadable: (problem: string) => `Isi situs tidak bisa dibaca untuk pemeriksaan jadwal (${problem}); situs dibangun supaya pemeriksaan isi menunjukkan masalahnya.`,
  },
  report: {
    failedHeading: 'Perubahan belum terbit: ada yang perlu diperbaiki',
    failedPreviewHeading: 'Pratinjau belum bisa dibuat: ada yang perlu diperbaiki',
    liveUnchanged: 'Situs publik tetap menampilkan versi sebelumnya; tidak ada yang rusak. Perbaiki hal di bawah ini di editor, simpan lagi, dan situs akan dibangun ulang dengan sendirinya.',
    previewUnchanged: 'Situs publik tidak terpengaruh. Perbaiki hal di bawah ini di editor lalu simpan lagi; pratinjau dibuat ulang dengan sendirinya.',
    change: (commit: string, branch: string) => `Perubahan \`${commit}\` di cabang \`${branch}\`.`,
    log: 'Catatan lengkap pembangunan',
    checks: {
      'portal:content-check': 'Pemeriksaan isi',
      'portal:site-check': 'Pemeriksaan tautan',
      'portal:accessibility': 'Pemeriksaan aksesibilitas',
      'portal:page-weight': 'Pemeriksaan ukuran halaman',
      'portal:sitemap': 'Peta situs',
      'portal:share-images': 'Kartu berbagi',
    } as Record<string, string>,
    otherCheck: (name: string) => `Pemeriksaan ${name.replace(/^portal:/, '')}`,
    fixLabel: 'Cara memperbaiki:',
    technicalHeading: 'Kesalahan teknis',
    technical:
      'Pembangunan berhenti karena masalah teknis pada kode situs atau mesin pembangun, bukan karena isi yang Anda simpan. Teruskan pesan ini kepada pengelola teknis situs; rinciannya ada di catatan lengkap pembangunan.',
    truncated: (shown: number, total: number) => `Laporan dipotong: ${shown} dari ${total} baris ditampilkan. Selebihnya ada di catatan lengkap pembangunan.`,
    statusFailed: (checks: string[]) => `Gagal: ${checks.join(', ')}. Buka untuk rincian dan cara memperbaikinya.`,
    statusTechnical: 'Gagal karena masalah teknis (bukan isi). Teruskan ke pengelola teknis situs.',
    statusPassed: 'Semua pemeriksaan lolos.',
    statusPreview: 'Pratinjau siap dibuka.',
    statusBuilding: 'Sedang dibangun ...',
    usage:
      'Cara memakai: node scripts/report-build.ts --host github|gitlab|forgejo (--failed CATATAN.log [--preview] | --passed [--preview-url ALAMAT])',
    noToken: (host: string) =>
      `Tidak ada token untuk berbicara dengan ${host}: status dan komentar tidak dikirim (laporan tetap tercetak di atas). Lihat docs/publishing.md.`,
    hostRefused: (what: string, status: number, url: string) => `${what} ditolak oleh server Git (HTTP ${status}, ${url}). Periksa token dan izinnya (docs/publishing.md).`,
    sent: (what: string) => `Terkirim: ${what}.`,
    whatStatus: (name: string) => `status ${name}`,
    whatComment: (where: string) => `komentar pada ${where}`,
    onChange: (number: number) => `permintaan gabung #${number}`,
    onCommit: (commit: string) => `commit ${commit.slice(0, 7)}`,
  },
  preview: {
    badTemplate: (value: string) =>
      `PORTAL_PREVIEW_URL="${value}" tidak bisa dipakai. Tulis alamat https dengan {branch} di tempat nama pratinjau, misalnya https://{branch}.pratinjau.contoh.go.id/`,
    badBranch: (branch: string) => `Cabang "${branch}" bukan draf editor (cms/...): tidak ada pratinjau untuknya.`,
  },
} as const;
