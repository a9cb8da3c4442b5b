/**
 * Renders one share card's SVG to the PNG the build publishes. The SVG declares the card's
 * size (1200×630), which sharp renders it at, so nothing is resized: a resize to the same size
 * changed no pixel and cost a fifth of each card's time (26 against 21 ms of CPU a card,
 * BENCHMARKS.md, "Cold stages"). tests/unit/findable/render-card.test.ts holds both.
 */
import type { Sharp, SharpOptions } from 'sharp';

/**
 * A card is three flat colours and anti-aliased text, so 16 palette colours without
 * dithering look the same as full colour. Measured per card: 26 ms of CPU and 19 KB, against
 * 82 ms and 32 KB with a full 256-colour palette at maximum effort and compression.
 */
export const CARD_PNG = { compressionLevel: 6, palette: true, effort: 1, colours: 16, dither: 0 } as const;

type SharpFactory = (input: Buffer, options?: SharpOptions) => Sharp;

/** The card's PNG pipeline; the caller writes it to a file or a buffer. */
export function cardPipeline(sharp: SharpFactory, svg: string): Sharp {
  return sharp(Buffer.from(svg)).png(CARD_PNG);
}
