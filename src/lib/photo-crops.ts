/**
 * Crops of a photo for share cards and structured data: Open Graph wants 1.91:1, Google's
 * article and event results want 16:9, 4:3 and 1:1. Sizes never exceed the original (a crop
 * is never upscaled) and are at most 1200 pixels wide.
 */
export const ASPECT_RATIOS = {
  openGraph: [1200, 630],
  wide: [16, 9],
  standard: [4, 3],
  square: [1, 1],
} as const;
export type AspectRatio = keyof typeof ASPECT_RATIOS;

export const MAX_CROP_WIDTH = 1200;

export function cropSize(source: { width: number; height: number }, ratio: AspectRatio): { width: number; height: number } {
  const [w, h] = ASPECT_RATIOS[ratio];
  const aspect = w / h;
  const width = Math.floor(Math.min(MAX_CROP_WIDTH, source.width, source.height * aspect));
  return { width, height: Math.round(width / aspect) };
}
