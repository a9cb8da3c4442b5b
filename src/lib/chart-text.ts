/**
 * How wide a text will be in a chart drawn at build time, so labels can be placed where they
 * neither overlap nor leave the picture. The site uses the reader's system font; the widths
 * here are DejaVu Sans's (Debian's default, and wider than Roboto, Segoe UI, Noto Sans and
 * Arial, the fonts the other readers get), measured per character, so an estimate is never
 * narrower than the text a reader sees. No text-measuring library runs without a browser,
 * and the table is small, so it is written here.
 */

/** Advance widths in thousandths of an em for the characters from space (32) to tilde (126). */
// prettier-ignore
const REGULAR = [318,401,460,838,636,950,780,275,390,390,500,838,318,361,318,337,636,636,636,636,636,636,636,636,636,636,337,337,838,838,838,531,1000,684,686,698,770,632,575,775,752,295,295,656,557,863,748,787,603,787,695,635,611,732,684,989,685,611,685,390,337,390,838,500,500,613,635,550,635,615,352,635,634,278,278,579,278,974,634,612,635,635,411,521,392,634,592,818,592,592,525,636,337,636,838];
// prettier-ignore
const BOLD = [348,456,521,838,696,1002,872,306,457,457,523,838,380,415,380,365,696,696,696,696,696,696,696,696,696,696,400,400,838,838,838,580,1000,774,762,734,830,683,683,821,837,372,372,775,637,995,837,850,733,850,770,720,682,812,774,1103,771,724,725,457,365,457,838,500,500,675,716,593,716,678,435,716,712,343,343,665,343,1042,712,687,716,716,493,595,478,712,652,924,645,652,582,712,365,712,838];
const OTHER: Record<string, number> = { '–': 500, '—': 1000, '…': 1000 };
/** Anything else (an accented letter, a symbol) is assumed a full em wide. */
const UNKNOWN = 1000;

export interface TextStyle {
  size: number;
  bold?: boolean;
}

export function textWidth(text: string, { size, bold = false }: TextStyle): number {
  const table = bold ? BOLD : REGULAR;
  let thousandths = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    thousandths += code >= 32 && code <= 126 ? table[code - 32]! : (OTHER[char] ?? UNKNOWN);
  }
  return (thousandths / 1000) * size;
}

/** The text cut to fit `width`, ending in "…" when something was cut. */
export function truncateText(text: string, width: number, style: TextStyle): string {
  if (textWidth(text, style) <= width) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, style) > width) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** The text in at most `maxLines` lines of at most `width`, broken at spaces; the last line is cut with "…" if needed. */
export function wrapText(text: string, width: number, style: TextStyle, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    const candidate = current ? `${current} ${word}` : word;
    if (textWidth(candidate, style) <= width || !current) {
      current = candidate;
      continue;
    }
    if (lines.length === maxLines - 1) {
      current = `${current} ${words.slice(index).join(' ')}`;
      break;
    }
    lines.push(current);
    current = word;
  }
  if (current) lines.push(current);
  return lines.map((line) => truncateText(line, width, style));
}
