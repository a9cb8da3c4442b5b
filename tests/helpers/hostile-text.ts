/**
 * Values an editor (or someone with an editor's account) could type or paste into a one-line
 * field, chosen to break each output's syntax: line breaks of every kind, quotes, markup,
 * the characters iCalendar and CSV treat specially, invisible characters, emoji and a long run.
 */
export const HOSTILE_TEXTS: readonly string[] = [
  'Forum\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Palsu',
  'Baris satu\nBaris dua\rBaris tiga',
  'Pemisah\u2028baris\u2029paragraf\u0085NEL',
  'Kutip "ganda" dan \'tunggal\'',
  '<script>alert(1)</script> & </script><!-- <b>',
  'Umur > 60 tahun & < 5 tahun',
  'Koma, titik koma; titik dua: garis miring \\ terbalik',
  'Kendali \u0000\u0001\u0007\u001b[31m\u007f\u0085\u009f',
  'Arah \u202Eteks terbalik\u202C dan \u200Btak terlihat\uFEFF',
  'Setengah \uD800 pasangan \uDC00 surrogate',
  'Emoji 👩🏽‍⚕️ 🇮🇩 💊 dan aksen é ü ñ',
  `Panjang ${'kata-yang-sangat-panjang-tanpa-spasi'.repeat(8)} ${'é'.repeat(120)}`,
];
