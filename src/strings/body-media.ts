/**
 * What the content check says about photos and documents in a body (the text below the form's
 * fields), and the editor's names for the tools that insert them. Plain Indonesian: each message
 * names the file and says what to do in the CMS.
 */
const upper = (types: readonly string[]) => types.map((type) => type.toUpperCase()).join(', ');

/**
 * The editor's tools for a body: the "Tambah komponen" (+) menu of the body's toolbar, and the
 * "Teks biasa" (rich-text) mode, named as src/cms/locale-id.ts names them.
 */
export const bodyEditorText = {
  photo: {
    label: 'Foto',
    file: 'Berkas foto',
    fileHint: 'Foto, grafik, atau bagan alir. Situs menyiapkan ukuran kecil untuk ponsel secara otomatis.',
    alt: 'Teks alternatif (deskripsi foto)',
    altHint:
      'Wajib. Jelaskan isi gambar untuk pembaca yang tidak bisa melihatnya, misalnya "Bagan alir: pengajuan, pemeriksaan dokumen, pemeriksaan sarana, sertifikat terbit". Jangan menulis "foto" atau "gambar".',
    altRule: (min: number, max: number) => `Tulis ${min}–${max} karakter yang menjelaskan isi gambar.`,
  },
  document: {
    label: 'Dokumen',
    title: 'Teks tautan',
    titleHint: 'Sebut dokumennya, misalnya "Surat Keputusan penetapan standar pelayanan (PDF)". Jangan "klik di sini" atau "unduh".',
    file: 'Berkas dokumen',
    fileHint: 'Dokumen diterbitkan di samping halaman ini.',
  },
  /** Added to the body field's hint in the form. */
  bodyHint:
    'Foto dan dokumen PDF disisipkan lewat tombol "Tambah komponen" (+) pada bilah alat kotak isi. Di mode Teks biasa, semua yang diketik tampil apa adanya (termasuk < > { } * _ # &).',
} as const;

export const bodyMediaText = {
  field: 'Isi tulisan (body)',
  photoFromElsewhere: (url: string) =>
    `Foto "${url}" di isi tulisan diambil dari alamat lain. Situs tidak memuat apa pun dari situs lain, dan foto dari luar tidak bisa diperkecil untuk ponsel pembaca.`,
  photoFromElsewhereHint: `Simpan fotonya di komputer, lalu sisipkan lewat tombol "Tambah komponen" (+) → "${bodyEditorText.photo.label}" pada kotak isi tulisan di CMS.`,
  photoOutsideFolder: (url: string, folder: string) => `Foto "${url}" tidak berada di folder tulisan ini (${folder}).`,
  photoOutsideFolderHint: `Sisipkan fotonya lewat tombol "Tambah komponen" (+) → "${bodyEditorText.photo.label}" pada kotak isi tulisan di CMS: foto yang diunggah di sana disimpan di folder tulisan.`,
  photoMissing: (url: string, folder: string) => `Foto "${url}" di isi tulisan tidak ditemukan di folder ${folder}.`,
  photoMissingHint: `Unggah fotonya lagi lewat tombol "Tambah komponen" (+) → "${bodyEditorText.photo.label}" pada kotak isi tulisan, atau perbaiki nama berkasnya.`,
  photoWrongType: (url: string, extension: string, accepted: readonly string[]) =>
    `Foto "${url}" di isi tulisan berjenis ${extension.toUpperCase()}; yang diterima hanya ${upper(accepted)}.`,
  photoWrongTypeHint: 'Simpan ulang gambarnya sebagai JPG atau PNG (misalnya lewat "Simpan sebagai" di aplikasi gambar), lalu unggah lagi.',
  photoTooLarge: (url: string, size: string, largest: string) => `Foto "${url}" di isi tulisan berukuran ${size}; paling besar ${largest}.`,
  photoTooLargeHint: 'Perkecil ukuran gambarnya (situs tetap menyiapkan ukuran kecil untuk ponsel), lalu unggah lagi.',
  photoWithoutAlt: (url: string) => `Foto "${url}" di isi tulisan belum punya teks alternatif (deskripsi foto).`,
  photoAltTooShort: (url: string, alt: string, min: number) =>
    `Teks alternatif foto "${url}" terlalu pendek ("${alt}"); paling sedikit ${min} huruf.`,
  photoAltTooLong: (url: string, max: number) => `Teks alternatif foto "${url}" lebih dari ${max} huruf.`,
  photoAltHint:
    'Buka tulisan di CMS, klik fotonya, lalu isi "Teks alternatif": jelaskan isi foto untuk pembaca yang tidak bisa melihatnya, misalnya "Grafik batang nilai IKM 2022 sampai 2024". Di mode Markdown, deskripsi ditulis di antara [ ] pada ![deskripsi](./nama-berkas.png).',
  htmlImage: (url: string) =>
    `Gambar "${url}" ditulis sebagai HTML (<img>) atau dengan rujukan, jadi tidak diperkecil untuk ponsel dan berkasnya tidak ikut diterbitkan.`,
  htmlImageHint: `Hapus gambar itu, lalu sisipkan lagi lewat tombol "Tambah komponen" (+) → "${bodyEditorText.photo.label}" pada kotak isi tulisan (di mode Markdown: ![deskripsi foto](./nama-berkas.jpg)).`,
  documentWrongType: (url: string, extension: string, accepted: readonly string[]) =>
    `Tautan "${url}" menuju berkas ${extension.toUpperCase()}. Yang diterbitkan bersama tulisan hanya dokumen ${upper(accepted)}.`,
  documentWrongTypeHint:
    `Simpan dokumennya sebagai PDF, lalu tautkan lewat tombol "Tambah komponen" (+) → "${bodyEditorText.document.label}" pada kotak isi tulisan. Foto disisipkan lewat tombol "Tambah komponen" (+) → "${bodyEditorText.photo.label}". Bila ini alamat situs lain, tulis lengkap dengan https:// di depannya.`,
  addressWithoutScheme: (url: string) => `Tautan "${url}" tidak diawali https://, jadi dibaca sebagai nama berkas di folder tulisan ini.`,
  addressWithoutSchemeHint: (url: string) => `Tulis alamat lengkapnya, misalnya https://${url}.`,
  documentOutsideFolder: (url: string, folder: string) => `Dokumen "${url}" tidak berada di folder tulisan ini (${folder}), jadi tidak ikut diterbitkan.`,
  documentOutsideFolderHint: `Tautkan dokumennya lewat tombol "Tambah komponen" (+) → "${bodyEditorText.document.label}" pada kotak isi tulisan: dokumen yang diunggah di sana disimpan di folder tulisan.`,
  documentMissing: (url: string, folder: string) => `Dokumen "${url}" yang ditautkan tidak ditemukan di folder ${folder}.`,
  documentMissingHint: `Unggah dokumennya lagi lewat tombol "Tambah komponen" (+) → "${bodyEditorText.document.label}" pada kotak isi tulisan, atau perbaiki nama berkas di tautan.`,
  documentTooLarge: (url: string, size: string, largest: string) => `Dokumen "${url}" berukuran ${size}; paling besar ${largest}.`,
  documentTooLargeHint: 'Simpan PDF-nya dengan ukuran diperkecil (misalnya "Reduce file size" atau "Perkecil ukuran"), lalu unggah lagi.',
} as const;
