/**
 * Messages of the content check (`npm run check:content` and the first step of every build), in
 * plain Indonesian: each says what is wrong in the editor's terms and how to fix it.
 */
/** Names editors know for the types the bytes of an upload can show. */
const MEDIA_TYPE_NAMES: Record<string, string> = {
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'image/gif': 'GIF',
  'image/heic': 'HEIC (foto iPhone)',
  'image/avif': 'AVIF',
  'image/tiff': 'TIFF',
  'image/bmp': 'BMP',
  'application/pdf': 'PDF',
  'application/zip': 'ZIP',
  'application/x-msdownload': 'program Windows',
};

const collectionName = (collection: string) => (collection === 'news' ? 'berita' : 'forum');

export const contentCheckText = {
  report: {
    heading: (problems: number, files: number) => `Isi situs perlu diperbaiki: ${problems} masalah di ${files} berkas.`,
    warnings: (warnings: number) => `${warnings} peringatan (tidak menghentikan pembangunan situs).`,
  },
  reading: {
    unclosedQuote: (code: string) =>
      `Ada tanda kutip atau kurung yang dibuka tetapi tidak ditutup, di baris ini atau di atasnya (${code}). Tutup tanda kutipnya, misalnya "Tim Infokom".`,
    invalidData: (code: string) => `Penulisan data tidak sah (${code}). Periksa tanda titik dua, tanda kutip, dan jarak indentasi di baris ini.`,
    unknownTag: (tag: string) =>
      `Tanda "${tag}" di depan nilai ini tidak dikenal: isi situs hanya boleh berisi data (teks, angka, daftar), bukan tanda khusus. Hapus "${tag}" dan tulis nilainya sebagai teks biasa.`,
    alias:
      'Tanda * di baris ini merujuk ke nilai lain (alias YAML). Isi situs tidak memakai rujukan seperti itu: tulis nilainya apa adanya tanpa tanda * dan &, atau simpan ulang berkas ini lewat CMS.',
    noFrontmatter: 'Berkas tidak diawali bagian data (frontmatter) di antara dua baris "---". Tambahkan bagian itu di awal berkas.',
  },
  photos: {
    linkedFromElsewhere: (value: string) => `Foto harus diunggah ke situs, bukan ditautkan dari alamat lain (${value}).`,
    outsideFolder: (value: string, folder: string) =>
      `Foto "${value}" berada di luar folder ${folder}. Foto hanya boleh diambil dari folder tulisan itu sendiri: unggah fotonya ke folder tersebut dan tulis nama berkasnya saja, misalnya foto.jpg.`,
    missing: (value: string, folder: string) => `Berkas foto "${value}" tidak ditemukan di folder ${folder}. Unggah fotonya lagi atau perbaiki nama berkasnya.`,
  },
  entries: {
    noOfficeSettings: 'Berkas pengaturan kantor tidak ada. Situs memerlukannya untuk nama, alamat, dan kontak kantor.',
    noOfficeSettingsHint: 'Salin contoh pengaturan dari dokumentasi dan isi data kantor Anda.',
    duplicateAddress: (id: string, previous: string) => `Alamat halaman "${id}" sudah dipakai oleh ${previous}. Dua tulisan tidak boleh punya alamat yang sama.`,
    duplicateAddressHint: 'Ganti nama berkas atau folder salah satunya.',
    reservedAddress: (id: string, collection: string) =>
      `Nama "${id}" dipakai oleh halaman daftar ${collectionName(collection)}, jadi tidak bisa menjadi alamat ${collectionName(collection)}.`,
    reservedAddressHint: (collection: string) => `Ganti nama folder ${collectionName(collection)} ini.`,
    uncheckable: 'Berkas ini tidak dapat diperiksa sampai selesai: isinya tidak terbaca sebagai tulisan atau data situs.',
    uncheckableHint:
      'Buka berkas ini di CMS dan simpan ulang, atau bandingkan dengan berkas lain yang baik. Bila masalah tetap ada, kirim nama berkas ini kepada pengelola situs.',
    uncleanName: (kind: 'folder' | 'berkas', name: string, reasons: readonly string[]) =>
      `Nama ${kind} "${name}" tidak bisa menjadi alamat halaman yang rapi: ${reasons.join(', ')}.`,
    uncleanNameHint: (kind: 'folder' | 'berkas', suggestion: string | undefined) =>
      suggestion
        ? `Ganti nama ${kind} ini menjadi "${suggestion}" (huruf kecil a–z, angka, dan tanda hubung saja).`
        : `Ganti nama ${kind} ini dengan huruf kecil a–z, angka, dan tanda hubung saja, misalnya "kegiatan-balai-2026".`,
    nameReasons: {
      uppercase: 'memakai huruf besar',
      spaces: 'memakai spasi',
      letters: 'memakai huruf di luar a–z (misalnya huruf beraksen atau aksara lain)',
      punctuation: 'memakai tanda baca selain tanda hubung',
      hyphens: 'diawali, diakhiri, atau memakai dua tanda hubung berturut-turut',
    },
  },
  forums: {
    serviceField: (index: number) => `Standar pelayanan yang dibahas (services.${index})`,
    unknownService: (serviceId: string) => `Standar pelayanan "${serviceId}" tidak ada.`,
    unknownServiceHint: (serviceIds: readonly string[]) => `Pilih salah satu yang ada: ${serviceIds.join(', ')}.`,
    attachmentField: (index: number) => `Hasil forum › Dokumen › nomor ${index + 1} › Berkas PDF (results.attachments.${index}.file)`,
    missingAttachment: (file: string, folder: string) => `Berkas "${file}" tidak ditemukan di folder ${folder}.`,
    missingAttachmentHint: 'Unggah berkas PDF-nya lagi atau perbaiki nama berkasnya.',
  },
  media: {
    wrongType: (value: string, extension: string, accepted: readonly string[]) =>
      `Berkas "${value}" berjenis ${extension ? extension.toUpperCase() : 'tidak dikenal'}; yang diterima hanya ${accepted.map((type) => type.toUpperCase()).join(', ')}.`,
    wrongTypeHint: 'Simpan ulang berkasnya dalam salah satu jenis itu, lalu unggah lagi.',
    wrongBytes: (value: string, extension: string, found: string | undefined) =>
      `Berkas "${value}" bernama .${extension}, tetapi isinya ${
        found ? `berkas ${MEDIA_TYPE_NAMES[found] ?? found}` : `bukan berkas ${extension.toUpperCase()} (misalnya gambar SVG, halaman web, atau berkas rusak)`
      }. Berkas seperti ini tidak diterbitkan.`,
    wrongBytesHint: (extension: string) =>
      `Buka berkas aslinya lalu simpan atau ekspor sebagai ${extension.toUpperCase()} sungguhan (bukan sekadar mengganti nama berkas), kemudian unggah lagi.`,
    tooLarge: (value: string, size: string, largest: string) => `Berkas "${value}" berukuran ${size}; paling besar ${largest}.`,
    tooLargeHint: 'Kecilkan berkasnya (foto: perkecil ukuran gambar; PDF: simpan dengan ukuran diperkecil), lalu unggah lagi.',
  },
  mdx: {
    field: 'Isi tulisan (body)',
    esm: 'Baris import/export adalah kode program, bukan isi tulisan.',
    expression: 'Teks di antara kurung kurawal { } dijalankan sebagai kode program.',
    component: (name: string) => `Komponen <${name}> tidak termasuk komponen yang boleh dipakai di tulisan.`,
    element: (name: string) =>
      /^h1$/i.test(name)
        ? 'Judul tingkat 1 (# Judul atau <h1>) sudah dipakai untuk judul halaman, jadi tidak boleh ada di isi tulisan.'
        : `Elemen <${name}> tidak termasuk yang boleh dipakai di isi tulisan.`,
    attribute: (name: string, element: string) => `Atribut ${name} pada <${element}> tidak termasuk yang boleh dipakai di isi tulisan.`,
    attributeExpression: (element: string) => `Atribut berisi kurung kurawal { } pada <${element}> dijalankan sebagai kode program.`,
    linkAddress: (url: string) => `Alamat tautan "${url}" tidak boleh dipakai. Tautan hanya boleh ke https://, http://, mailto:, tel:, atau halaman di situs ini.`,
    imageAddress: (url: string) => `Alamat gambar "${url}" tidak boleh dipakai. Gambar di isi tulisan harus berkas foto yang diunggah bersama tulisan ini.`,
    tooDeep: (limit: number) => `Isi tulisan bertingkat terlalu dalam (lebih dari ${limit} tingkat kutipan, daftar, atau elemen di dalam elemen).`,
    forbiddenCharacters: (codes: readonly string[]) =>
      `Baris ini memuat karakter tak terlihat (${codes.join(', ')}): karakter kendali atau pembalik arah tulisan, yang dapat membuat teks terbaca lain dari aslinya.`,
    fix: 'Hapus bagian ini dari isi tulisan (lewat CMS: mode Markdown), lalu simpan lagi. Isi tulisan boleh berisi teks, subjudul, daftar, tabel, kutipan, gambar yang diunggah, tautan https://, serta <abbr>, <sub> dan <sup>.',
    fixHeading: 'Pakai subjudul tingkat 2 (## Subjudul) atau lebih rendah, lalu simpan lagi.',
    fixLinkAddress: 'Ganti alamat tautan dengan alamat https:// lengkap, alamat surel (mailto:), nomor telepon (tel:), atau alamat halaman di situs ini, lalu simpan lagi.',
    fixImageAddress: 'Unggah foto itu lewat tombol gambar di CMS, sehingga tersimpan di folder tulisan ini, lalu simpan lagi.',
    fixTooDeep: 'Kurangi tingkat kutipan (>) atau daftar bertingkat di isi tulisan, lalu simpan lagi.',
    fixForbiddenCharacters: 'Ketik ulang baris itu (jangan disalin dari aplikasi lain), lalu simpan lagi.',
  },
} as const;
