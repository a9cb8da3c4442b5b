import sharp from 'sharp';
import { expect, test } from 'vitest';
import { cardPipeline } from '../../../src/lib/share-image/render-card.ts';
import { SHARE_CARD, shareCardSvg } from '../../../src/lib/share-image/share-card-svg.ts';

test('a card renders at 1200×630 as a palette PNG, pixel for pixel what resizing to that size gave', async () => {
  const svg = shareCardSvg({ authority: 'Badan Pengawas Obat dan Makanan', office: 'Balai POM di Kota Contoh', title: 'Sosialisasi keamanan pangan jajanan anak sekolah', host: 'contoh.pom.go.id' });
  const png = await cardPipeline(sharp, svg).toBuffer();
  const info = await sharp(png).metadata();
  expect([info.format, info.width, info.height, info.isPalette, info.bitsPerSample]).toEqual(['png', SHARE_CARD.width, SHARE_CARD.height, true, 4]);
  const resized = await sharp(Buffer.from(svg)).resize(SHARE_CARD.width, SHARE_CARD.height).png({ compressionLevel: 6, palette: true, effort: 1, colours: 16, dither: 0 }).toBuffer();
  const [ours, theirs] = await Promise.all([sharp(png).raw().toBuffer(), sharp(resized).raw().toBuffer()]);
  expect(ours.length).toBe(theirs.length);
  expect(ours.equals(theirs)).toBe(true);
});
