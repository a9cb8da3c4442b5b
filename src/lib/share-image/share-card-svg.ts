/**
 * The share card of a page without a photo, as SVG for sharp to render at 1200×630: the
 * authority, the office, the page title and the site's address. Text uses the font shipped
 * with the project (DejaVu Sans), which covers every Indonesian character.
 */
import { escapeXml } from '../xml-text.ts';
import { fitText } from './wrap-text.ts';

export const SHARE_CARD = { width: 1200, height: 630 } as const;
export const SHARE_CARD_FONT = 'DejaVu Sans';

export interface ShareCardText {
  authority: string;
  office: string;
  title: string;
  host: string;
}

const MARGIN = 80;
const BRAND = '#0b4a7d';
const TEXT = '#1b1b1b';

export function shareCardSvg({ authority, office, title, host }: ShareCardText): string {
  const { width, height } = SHARE_CARD;
  const fitted = fitText(title, width - 2 * MARGIN, [72, 64, 56, 50, 44], 4);
  const lineHeight = Math.round(fitted.fontSize * 1.2);
  const titleTop = 250;
  const titleLines = fitted.lines
    .map((line, index) => `<tspan x="${MARGIN}" y="${titleTop + index * lineHeight}">${escapeXml(line)}</tspan>`)
    .join('');
  const text = (x: number, y: number, size: number, weight: number, fill: string, value: string) =>
    `<text x="${x}" y="${y}" font-family="${SHARE_CARD_FONT}" font-size="${size}" font-weight="${weight}" fill="${fill}">${escapeXml(value)}</text>`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<rect width="${width}" height="150" fill="${BRAND}"/>`,
    text(MARGIN, 68, 30, 400, '#ffffff', authority),
    text(MARGIN, 114, 36, 700, '#ffffff', office),
    `<text font-family="${SHARE_CARD_FONT}" font-size="${fitted.fontSize}" font-weight="700" fill="${TEXT}">${titleLines}</text>`,
    `<rect x="0" y="${height - 12}" width="${width}" height="12" fill="${BRAND}"/>`,
    text(MARGIN, height - 48, 28, 400, BRAND, host),
    '</svg>',
  ].join('');
}
