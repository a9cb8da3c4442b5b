/**
 * Strings of the accessibility statement (Pernyataan Aksesibilitas) and of the page shell's
 * accessibility labels, in plain Indonesian.
 */
export const accessibility = {
  exampleBannerLabel: 'Pemberitahuan data contoh',
  statement: {
    title: 'Pernyataan Aksesibilitas',
    description: 'Standar aksesibilitas yang dituju situs ini, cara kami mengujinya, keterbatasan yang kami ketahui, dan cara melaporkan hambatan.',
    intro: (office: string) =>
      `${office} ingin situs ini dapat dipakai semua orang: penyandang disabilitas, warga lanjut usia, dan siapa pun yang membukanya dari ponsel sederhana dengan sinyal lemah.`,
    standardHeading: 'Standar yang kami tuju',
    standard:
      'Kami menargetkan WCAG 2.2 tingkat AA, yaitu Pedoman Aksesibilitas Konten Web versi 2.2 dari W3C, konsorsium yang menyusun standar web dunia. Tingkat AA adalah tingkat yang umum dipakai situs pemerintah di banyak negara.',
    statusHeading: 'Seberapa jauh situs ini memenuhinya',
    status:
      'Sebagian besar sesuai. Semua halaman lolos pemeriksaan otomatis yang dijelaskan di bawah, tetapi beberapa bagian belum sepenuhnya sesuai (lihat "Keterbatasan yang kami ketahui").',
    canDoHeading: 'Yang dapat Anda lakukan di situs ini',
    canDo: [
      'Memakai situs hanya dengan papan ketik. Tekan Tab untuk maju ke tautan atau tombol berikutnya, Enter untuk membukanya. Tautan pertama, "Langsung ke isi utama", melompati navigasi.',
      'Memperbesar teks sampai 200% atau membuka situs di layar selebar 320 piksel tanpa harus menggeser halaman ke samping.',
      'Memakai pembaca layar. Setiap halaman punya judul, bagian yang bernama (navigasi, isi utama, kaki halaman), dan teks pengganti untuk foto.',
      'Membuka situs dengan koneksi lambat atau di peramban lama. Halaman dibuat ringan, tetap berfungsi tanpa skrip, dan tidak memuat huruf atau skrip dari situs lain.',
      'Mengurangi gerakan di layar. Bila perangkat Anda diatur untuk mengurangi gerakan, situs ini tidak menampilkan animasi.',
      'Mencetak standar pelayanan di kertas A4. Alamat setiap tautan ikut tercetak.',
    ],
    testingHeading: 'Cara kami menguji',
    testing: [
      'Setiap kali situs dibangun, setiap halaman diperiksa otomatis dengan axe-core terhadap semua aturan WCAG 2.0, 2.1, dan 2.2 tingkat A dan AA. Bila ada satu pelanggaran saja, versi situs itu tidak dapat diterbitkan.',
      'Satu halaman dari setiap jenis halaman dibuka di peramban Chromium untuk memeriksa kontras warna, tanda fokus, ukuran tombol dan tautan, serta tampilan selebar 320 piksel.',
      'Uji otomatis lain di Chromium memeriksa penggunaan dengan papan ketik, navigasi di layar ponsel dengan papan ketik dan sentuhan, teks 200%, pengaturan kurangi gerakan, dan hasil cetak A4.',
      'Pemeriksaan otomatis tidak dapat menemukan semua hambatan. Karena itu laporan dari Anda sangat kami perlukan.',
    ],
    limitationsHeading: 'Keterbatasan yang kami ketahui',
    limitations: [
      'Dokumen PDF, misalnya berita acara dan materi forum konsultasi publik, sering hanya berupa gambar halaman kertas, sehingga mungkin tidak dapat dibaca pembaca layar. Mintalah isinya dalam bentuk lain (lihat di bawah).',
      'Teks pengganti foto berita ditulis oleh petugas kantor dan bisa saja kurang lengkap.',
      'Tautan ke situs lain, misalnya SP4N-LAPOR!, Cek BPOM, dan peta lokasi, membuka situs di luar kendali kami yang mungkin belum memenuhi standar ini.',
      'Halaman pengelola isi untuk petugas kantor tidak termasuk dalam pernyataan ini.',
    ],
    reportHeading: 'Melaporkan hambatan atau meminta informasi dengan cara lain',
    reportIntro:
      'Bila ada bagian situs yang tidak dapat Anda pakai, atau Anda memerlukan informasinya dalam bentuk lain, hubungi kami. Kami dapat membacakan isinya lewat telepon, mengirimkannya lewat e-mail atau WhatsApp dalam bentuk teks biasa, mencetaknya dengan huruf besar, atau menjelaskannya langsung di loket layanan.',
    reportTell: 'Agar kami dapat membantu, sebutkan:',
    reportDetails: [
      'alamat halaman atau nama dokumen yang bermasalah,',
      'apa yang ingin Anda lakukan dan apa yang terjadi,',
      'perangkat dan alat bantu yang Anda pakai, misalnya pembaca layar atau pembesar layar.',
    ],
    channelsHeading: 'Hubungi kami',
    visitUs: (address: string) => `Datang langsung ke kantor kami di ${address}. Petugas siap membantu di loket layanan.`,
    followUp:
      'Laporan hambatan kami tangani seperti pengaduan, dengan jangka waktu yang sama. Bila jawaban kami tidak memuaskan, Anda dapat melapor lewat SP4N-LAPOR!.',
    complaintsLink: 'Cara dan jangka waktu penanganan pengaduan',
    inclusiveLink: 'Layanan ramah kelompok rentan di kantor kami',
  },
} as const;
