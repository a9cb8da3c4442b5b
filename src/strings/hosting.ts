/**
 * Messages of the build's integrity checks and of the safe-build wrapper, in plain Indonesian:
 * the people who read them are the office's editors and whoever deploys the site.
 */
export const hosting = {
  siteCheck: {
    heading: (errors: number, pages: number) => `Pemeriksaan tautan gagal: ${errors} masalah di ${pages} halaman.`,
    passed: (pages: number, links: number, ms: number) => `${pages} halaman dan ${links} tautan diperiksa dalam ${ms} ms, tidak ada kesalahan.`,
    warningsOnly: (warnings: number) => `${warnings} peringatan (tidak menghentikan pembangunan situs).`,
    warningTag: 'PERINGATAN ',
    fixLabel: 'Cara memperbaiki',
    mentionedIn: (file: string, line: number) => `disebut di ${file} baris ${line}`,
    failedTitle: (errors: number) => `Pemeriksaan tautan gagal: ${errors} masalah.`,
    failedHint: 'Rincian tiap masalah (halaman, tautan, dan cara memperbaikinya) tercetak di atas. Perbaiki semuanya lalu bangun ulang situs.',
    missingPage: (href: string) => `Tautan "${href}" menuju halaman atau berkas yang tidak ada di situs.`,
    missingPageHint: 'Perbaiki alamat tautannya, atau terbitkan dulu halaman/berkas yang dituju.',
    missingAnchor: (href: string, id: string) => `Tautan "${href}" menuju bagian "#${id}" yang tidak ada di halaman tujuan.`,
    missingAnchorHint: 'Perbaiki nama bagian setelah tanda # atau hapus bagian itu dari tautan.',
    dataDownload: (href: string) => `Tautan ke berkas tertanam (${href.slice(0, 30)}…) tidak bisa dibuka peramban.`,
    dataDownloadHint: 'Lampiran harus diterbitkan sebagai berkas terpisah; periksa pengaturan build.assetsInlineLimit.',
    vagueLinkText: (text: string) => `Teks tautan "${text}" tidak menjelaskan tujuannya bila dibaca sendiri (misalnya oleh pembaca layar).`,
    vagueLinkTextHint: 'Tulis tujuan tautan sebagai teksnya, misalnya "Baca standar pelayanan sertifikasi", bukan "klik di sini" atau "selengkapnya".',
    pendingPage: (path: string) => `Halaman ${path} ditautkan dari situs tetapi belum dibuat.`,
    pendingPageHint: 'Halaman ini sedang disiapkan; sampai ada, tautan ke sana berakhir di halaman 404.',
    pendingPageExists: (path: string) => `Halaman ${path} sudah ada tetapi masih tercatat sebagai halaman yang belum dibuat.`,
    pendingPageExistsHint: 'Hapus alamatnya dari pendingPages di astro.config.mjs, supaya tautan ke sana diperiksa seperti tautan lain.',
    unusedPublicFile: (file: string) => `Berkas media ${file} tidak dipakai oleh halaman mana pun.`,
    unusedPublicFileHint: 'Hapus berkasnya bila memang tidak diperlukan, atau tautkan dari halaman yang membutuhkannya.',
    inlineStyleAttribute: 'Atribut style di dalam HTML diblokir oleh Content-Security-Policy situs.',
    inlineStyleAttributeHint: 'Pindahkan gayanya ke berkas CSS atau ke blok <style> komponen.',
    inlineEventHandler: (name: string) => `Atribut ${name} (skrip di dalam HTML) diblokir oleh Content-Security-Policy situs.`,
    inlineEventHandlerHint: 'Pasang pendengar event dari <script> komponen, bukan dari atribut HTML.',
    unreviewedScript: (excerpt: string) => `Halaman memuat skrip sebaris yang bukan bagian dari templat portal: "${excerpt}".`,
    unreviewedStyle: (excerpt: string) => `Halaman memuat gaya sebaris (<style>) yang bukan bagian dari templat portal: "${excerpt}".`,
    httpEquiv: (name: string) => `Halaman memuat <meta http-equiv="${name}">, yang dapat mengalihkan atau mengubah aturan halaman.`,
    unreviewedCodeHint:
      'Jika berasal dari isi tulisan, hapus bagian itu dari berkas isi yang disebut. Jika berasal dari templat, pindahkan kodenya ke berkas sendiri, atau tambahkan persis kode itu ke src/hosting/reviewed-inline-code.ts setelah ditinjau.',
  },
  contentCheck: {
    failedTitle: (errors: number) => `Pemeriksaan isi gagal: ${errors} masalah.`,
    failedHint: 'Rincian tiap masalah (berkas, baris, kolom, dan cara memperbaikinya) tercetak di atas. Perbaiki semuanya lalu bangun ulang situs.',
    passed: (entries: number, ms: number) => `${entries} berkas isi diperiksa dalam ${ms} ms, tidak ada masalah.`,
    /** The last line of `npm run check:content`. */
    commandFailed: (errors: number) => `${errors} masalah harus diperbaiki.`,
    commandPassed: (entries: number) => `${entries} berkas isi diperiksa: tidak ada masalah.`,
  },
  contentRules: {
    vagueLinkText: (text: string) => `Teks tautan "${text}" tidak menjelaskan tujuannya bila dibaca sendiri.`,
    vagueLinkTextHint: 'Tulis tujuan tautan sebagai teksnya, misalnya "Unduh berita acara forum 2024", bukan "klik di sini" atau "selengkapnya".',
    missingAttachment: (target: string, folder: string) => `Berkas "${target}" yang ditautkan tidak ditemukan di folder ${folder}.`,
    missingAttachmentHint: 'Unggah berkasnya ke folder yang sama dengan tulisan ini, atau perbaiki nama berkas di tautan.',
    emptyTagSlug: (tag: string) => `Topik "${tag}" tidak menghasilkan alamat halaman (hanya berisi tanda baca).`,
    emptyTagSlugHint: 'Tulis topik dengan huruf atau angka, misalnya "Keamanan Pangan".',
    tagField: (index: number) => `Topik › nomor ${index + 1} (tags.${index})`,
    unusedMedia: (file: string) => `Berkas ${file} tidak dipakai oleh tulisan mana pun.`,
    unusedMediaHint: 'Hapus berkasnya bila memang tidak diperlukan, atau pakai di tulisan (foto atau lampiran).',
  },
  headers: {
    missing404: 'Halaman 404.html tidak ada: server akan menjawab alamat yang tidak ada dengan halaman galatnya sendiri. Buat src/pages/404.astro.',
    written: (files: string[], hashes: number, ms: number) => `Header keamanan ditulis ke ${files.join(', ')} (${hashes} hash skrip/gaya sebaris) dalam ${ms} ms.`,
  },
  pageWeight: {
    overBudget: (path: string, total: string, html: string, css: string, js: string, font: string, budget: string) =>
      `${path}: ${total} (HTML ${html}, CSS ${css}, JS ${js}, font ${font}) melebihi batas ${budget}. Kurangi isi halaman atau pecah menjadi beberapa halaman.`,
    scriptOnContentPage: (path: string, scripts: string[]) =>
      `${path}: halaman isi tidak boleh memuat JavaScript, tetapi memuat ${scripts.join(', ')}. Hapus skripnya; halaman harus bekerja tanpa JavaScript.`,
    missingAsset: (path: string, asset: string) => `${path}: memuat ${asset}, tetapi berkas itu tidak ada di hasil build.`,
    oversizedImage: (path: string, src: string, servedPx: number, shownPx: number) =>
      `${path}: gambar ${src} dikirim ${servedPx} px ke ponsel yang menampilkannya ${shownPx} px lebar. Tambahkan ukuran yang lebih kecil pada widths/sizes gambar.`,
    failedTitle: (problems: number) => `Anggaran ukuran halaman terlampaui: ${problems} masalah.`,
    failedHint: 'Rinciannya tercetak di atas, satu baris per halaman.',
    passed: (pages: number, budget: string, heaviestPath: string, heaviest: string, ms: number) =>
      `${pages} halaman di bawah ${budget}; terberat ${heaviestPath} ${heaviest} (${ms} ms).`,
  },
  verdict: {
    failedTitle: (checks: number) => `Pembangunan situs gagal: ${checks} pemeriksaan menemukan masalah.`,
    failedHint: (checks: { title: string; hint: string }[]) =>
      `Semua masalah dari satu kali pembangunan tercetak di atas, per pemeriksaan:\n${checks.map((check) => `- ${check.title} ${check.hint}`).join('\n')}\nPerbaiki semuanya lalu bangun ulang situs.`,
  },
  precompress: {
    done: (files: number, gzipKb: number, brotliKb: number, originalKb: number, ms: number) =>
      `${files} berkas teks dikompresi (asli ${originalKb} kB, gzip ${gzipKb} kB, brotli ${brotliKb} kB) dalam ${ms} ms.`,
  },
  safeBuild: {
    building: (folder: string) => `Membangun situs ke folder sementara ${folder} ...`,
    contentStoreDropped: 'Aturan isi portal berubah sejak pembangunan terakhir: semua isi dibaca dan diperiksa ulang.',
    failed: (output: string) => `Pembangunan situs gagal. Isi ${output}/ yang lama tetap utuh dan tetap bisa disajikan.`,
    swapped: (output: string, seconds: string) => `Situs baru dipasang di ${output}/ (${seconds} s).`,
    contentChanged: (files: string[]) =>
      `Pembangunan situs mengubah folder content/: ${files.join(', ')}. Folder content/ milik editor dan tidak boleh diubah oleh proses build; situs baru tidak dipasang.`,
  },
} as const;
