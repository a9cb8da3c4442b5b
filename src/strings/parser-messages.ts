/**
 * What the content check says when a body cannot be read at all (the MDX parser stopped), in
 * the editor's words: never the parser's English. Each message says what the parser saw, each
 * fix what to do in the CMS. `\\<` in a fix is what the editor types: a backslash before the sign.
 */
const ESCAPE_TIP = 'Di mode Markdown, tanda yang dimaksud sebagai teks biasa ditulis dengan garis miring terbalik di depannya: \\< \\{ \\}. Di mode Teks biasa cukup ketik ulang kalimatnya: CMS menyimpannya dengan benar.';

export const parserMessagesText = {
  lessThan: 'Tanda < di baris ini dibaca sebagai awal tag HTML, padahal yang mengikutinya bukan tag.',
  lessThanFix: `Bila maksudnya "kurang dari", tulis "kurang dari" atau \\<. Tautan ditulis sebagai [teks tautan](https://alamat). ${ESCAPE_TIP}`,
  htmlComment: 'Komentar atau deklarasi HTML (<!-- … --> atau <!…>) tidak dapat dipakai di isi tulisan.',
  htmlCommentFix: 'Hapus komentar itu dari isi tulisan (lewat CMS: mode Markdown), lalu simpan lagi.',
  unclosedTag: (tag: string) => `Tag <${tag}> dibuka di baris ini tetapi tidak ditutup di paragraf yang sama.`,
  unclosedTagFix: (tag: string) =>
    `Tutup dengan </${tag}> di paragraf yang sama, tulis <${tag} /> bila tag itu tidak berisi apa-apa (misalnya <br />), atau hapus tag itu. Bila maksudnya tanda <, tulis \\<.`,
  closingWithoutOpening: (tag: string) => `Tag penutup </${tag}> di baris ini tidak punya tag pembuka <${tag}>.`,
  closingWithoutOpeningFix: (tag: string) => `Hapus </${tag}>, atau tambahkan <${tag}> di awal bagian yang dimaksud (di paragraf yang sama).`,
  mismatchedClosing: (closing: string, open: string) => `Tag penutup </${closing}> di baris ini tidak cocok dengan tag <${open}> yang masih terbuka.`,
  mismatchedClosingFix: (closing: string, open: string) => `Tutup dulu <${open}> dengan </${open}>, atau perbaiki </${closing}> supaya namanya sama.`,
  unclosedBrace: 'Kurung kurawal { di baris ini dibuka tetapi tidak ditutup, dan isi di antara kurung kurawal dibaca sebagai kode program.',
  braceExpression: 'Teks di antara kurung kurawal { } di baris ini dibaca sebagai kode program, dan tidak dapat dibaca.',
  braceFix: `Bila kurung kurawal itu bagian dari teks (misalnya sebuah kode), tulis \\{ dan \\}. ${ESCAPE_TIP}`,
  importExport: 'Baris yang diawali kata import atau export dibaca sebagai kode program.',
  importExportFix: 'Bila baris itu kalimat biasa, ubah susunan kalimatnya supaya tidak diawali kata import atau export, atau tulis \\import.',
  attribute: 'Atribut pada tag HTML di baris ini ditulis dengan cara yang tidak dapat dibaca (misalnya tanda kutip tidak ditutup).',
  attributeFix: 'Tulis atribut sebagai nama="nilai" dengan tanda kutip lurus yang ditutup, atau hapus tag itu. Tautan lebih baik ditulis [teks tautan](https://alamat).',
  lazyLine: 'Tag HTML atau kurung kurawal di dalam kutipan atau daftar berlanjut ke baris yang tidak diawali tanda kutipan (>) atau tidak menjorok seperti baris sebelumnya.',
  lazyLineFix: 'Tulis tag atau kurung kurawal itu dalam satu baris, atau awali setiap barisnya dengan tanda yang sama seperti baris pertama.',
  unknown: 'Isi tulisan tidak dapat dibaca mulai baris ini.',
  unknownFix: `Buka tulisan di CMS dalam mode Markdown dan periksa tanda < > { } di baris tersebut. ${ESCAPE_TIP}`,
} as const;
