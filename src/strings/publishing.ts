/**
 * Messages of publishing: the deploy and rollback commands, the scheduled-build check, and the
 * report a failed build sends to the editor (job summary, comment, commit status). Indonesian:
 * they are read by the office's editors and whoever keeps its server.
 */
export const publishing = {
  deploy: {
    usage:
      'Cara memakai: npm run deploy -- [--preview] [--keep N] [--from FOLDER] TUJUAN\n' +
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
} as const;
