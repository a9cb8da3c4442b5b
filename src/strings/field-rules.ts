/**
 * Messages of the rules every text, address and file field of the content schema shares
 * (src/schema/text-characters.ts, src/schema/fields.ts). The build, the content check and the
 * editor's pre-save check all show them after the field's label, so each says what is wrong
 * and how to fix it, not which field it is.
 */
const codePoint = (character: string) => `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

export const fieldRulesText = {
  characters: {
    lineBreak: 'ganti baris (Enter)',
    tab: 'tab',
    direction: (character: string) => `tanda arah teks yang tidak terlihat (${codePoint(character)})`,
    invisible: (character: string) => `karakter yang tidak terlihat (${codePoint(character)})`,
  },
  /** `what` is one of the character descriptions above. */
  oneLine: (what: string) =>
    `Isian ini harus satu baris, tetapi berisi ${what}. Hapus karakter itu (sering ikut tersalin dari aplikasi pengolah kata atau pesan) dan tulis isiannya dalam satu baris, lalu simpan lagi.`,
  paragraph: (what: string) =>
    `Isian ini berisi ${what}. Hapus karakter itu (sering ikut tersalin dari aplikasi pengolah kata atau pesan), lalu simpan lagi. Ganti baris (Enter) boleh dipakai.`,
  webAddress: {
    format: 'Tulis alamat lengkap yang diawali https://, misalnya https://lapor.go.id.',
    unreadable: (value: string) => `"${value}" bukan alamat situs yang dapat dibuka. Salin alamatnya langsung dari kolom alamat peramban, diawali https://.`,
    withPassword: 'Alamat tidak boleh memuat nama pengguna atau kata sandi. Hapus bagian sebelum tanda @.',
  },
  siteAddress: {
    format:
      'Alamat situs harus diawali https:// (bukan http://) agar pembaca terhubung dengan aman, misalnya https://bengkulu.pom.go.id. Pasang sertifikat HTTPS bila belum ada.',
    withExtras: 'Alamat situs cukup https:// dan nama domainnya (boleh dengan folder). Hapus bagian setelah tanda ? atau #, dan nama pengguna atau kata sandi.',
  },
  fileBesideEntry: {
    outside: (value: string) =>
      `Berkas "${value}" berada di luar folder tulisan ini. Unggah berkasnya ke folder yang sama dengan tulisan ini, lalu tulis nama berkasnya saja, misalnya foto.jpg.`,
    notAName: (value: string) => `"${value}" bukan nama berkas. Tulis nama berkas yang diunggah ke folder tulisan ini, misalnya foto.jpg.`,
  },
} as const;
