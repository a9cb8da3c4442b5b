/**
 * Breaks a title into lines for the share card. SVG text does not wrap, so the width of a
 * line is estimated from the font's average glyph width (DejaVu Sans Bold is wide: about
 * 0.62 em per character of Indonesian text, a little more for capitals).
 */
export const AVERAGE_GLYPH_EM = 0.62;

export function charactersPerLine(maxWidth: number, fontSize: number): number {
  return Math.max(8, Math.floor(maxWidth / (fontSize * AVERAGE_GLYPH_EM)));
}

/** Greedy word wrap; a word longer than a line is cut, so no line overflows. */
export function wrapWords(text: string, perLine: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.trim().split(/\s+/)) {
    // Cut by code point ('u'), so an emoji is never split into halves that have no glyph.
    const pieces = word.length > perLine ? (word.match(new RegExp(`.{1,${perLine}}`, 'gu')) ?? [word]) : [word];
    for (const piece of pieces) {
      if (!current) current = piece;
      else if (current.length + 1 + piece.length <= perLine) current += ` ${piece}`;
      else {
        lines.push(current);
        current = piece;
      }
    }
  }
  if (current) lines.push(current);
  return lines;
}

export interface FittedText {
  fontSize: number;
  lines: string[];
}

/**
 * The largest size at which the text fits in `maxLines`; at the smallest size a text that
 * still does not fit is cut after the last line with an ellipsis.
 */
export function fitText(text: string, maxWidth: number, sizes: readonly number[], maxLines: number): FittedText {
  for (const fontSize of sizes) {
    const lines = wrapWords(text, charactersPerLine(maxWidth, fontSize));
    if (lines.length <= maxLines) return { fontSize, lines };
  }
  const fontSize = sizes.at(-1)!;
  const perLine = charactersPerLine(maxWidth, fontSize);
  const lines = wrapWords(text, perLine).slice(0, maxLines);
  const last = lines[maxLines - 1]!;
  lines[maxLines - 1] = `${last.length + 1 > perLine ? Array.from(last).slice(0, perLine - 1).join('').trimEnd() : last}…`;
  return { fontSize, lines };
}
