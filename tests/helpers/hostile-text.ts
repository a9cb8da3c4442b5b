/** Hostile text for the tests of the schema, the content check and every output. */
import fc from 'fast-check';

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
  '\uFEFFDiawali tanda urutan bita',
  'Setengah \uD800 pasangan \uDC00 surrogate',
  'Emoji 👩🏽‍⚕️ 🇮🇩 💊 dan aksen é ü ñ',
  `Panjang ${'kata-yang-sangat-panjang-tanpa-spasi'.repeat(8)} ${'é'.repeat(120)}`,
];

/** Single characters that break one output or another, for random strings to be built from. */
export const HOSTILE_CHARACTERS: readonly string[] = [
  '\n', '\r', '\r\n', '\u2028', '\u2029', '\u0085', '\v', '\f', '\t',
  '\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u009f',
  '\u202e', '\u2066', '\u200b', '\ufeff', '\ud800', '\udc00', '\ue000',
  '"', "'", '<', '>', '&', ';', ',', ':', '\\', '/', '=', '`', '{', '}',
  '</script>', '<!--', ']]>', 'END:VEVENT', 'BEGIN:VEVENT',
  '👩🏽‍⚕️', '🇮🇩', 'é', 'ü', 'ñ', 'ق', '中',
];

/**
 * Random text as an editor could paste it: printable characters of any script mixed with the
 * characters above, up to `maxLength` pieces long.
 */
export function hostileString(maxLength = 60) {
  const one = (unit: 'grapheme' | 'binary') => fc.string({ unit, minLength: 1, maxLength: 1 });
  return fc.string({ unit: fc.oneof(fc.constantFrom(...HOSTILE_CHARACTERS), fc.constantFrom(' ', 'a', 'B', '1'), one('grapheme'), one('binary')), maxLength });
}

/**
 * True when the text holds a character no one-line field may keep, by a definition of its
 * own (not the schema's): a line break, a control character, a direction mark or a half of a
 * surrogate pair.
 */
export function holdsLineBreakOrControl(text: string): boolean {
  return /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(text) || /[\ud800-\udfff]/u.test(text);
}
