/**
 * Which image file a browser downloads for an <img srcset sizes>, worked out statically, so
 * the build can tell whether a phone is sent a photo much larger than it shows.
 * Supports the media conditions our templates use: (min-width: …) and (max-width: …) in px,
 * rem or em (1rem = 16px), and lengths in px, rem, em and vw.
 */
const ROOT_FONT_PX = 16;

export interface SrcsetCandidate {
  url: string;
  width: number;
}

function lengthToPx(length: string, viewportPx: number): number | undefined {
  const match = /^(\d+(?:\.\d+)?)(px|rem|em|vw)$/.exec(length.trim());
  if (!match) return undefined;
  const value = Number(match[1]);
  switch (match[2]) {
    case 'px':
      return value;
    case 'rem':
    case 'em':
      return value * ROOT_FONT_PX;
    case 'vw':
      return (value / 100) * viewportPx;
  }
  return undefined;
}

function conditionHolds(condition: string, viewportPx: number): boolean {
  const parts = condition.split(/\s+and\s+/i);
  return parts.every((part) => {
    const match = /^\(\s*(min|max)-width\s*:\s*([^)]+)\)$/i.exec(part.trim());
    if (!match) return false;
    const limit = lengthToPx(match[2] ?? '', viewportPx);
    if (limit === undefined) return false;
    return match[1]?.toLowerCase() === 'min' ? viewportPx >= limit : viewportPx <= limit;
  });
}

/** The slot width in CSS px that `sizes` gives at a viewport width; undefined when unknown. */
export function slotWidth(sizes: string, viewportPx: number): number | undefined {
  for (const entry of sizes.split(',')) {
    const trimmed = entry.trim();
    const lastSpace = trimmed.lastIndexOf(' ');
    const hasCondition = trimmed.startsWith('(') && lastSpace > 0;
    const condition = hasCondition ? trimmed.slice(0, lastSpace) : '';
    const length = hasCondition ? trimmed.slice(lastSpace + 1) : trimmed;
    if (!hasCondition || conditionHolds(condition, viewportPx)) return lengthToPx(length, viewportPx);
  }
  return undefined;
}

export function parseSrcset(srcset: string): SrcsetCandidate[] {
  return srcset
    .split(',')
    .map((item) => item.trim().split(/\s+/))
    .filter((parts) => parts.length === 2 && /^\d+w$/.test(parts[1] ?? ''))
    .map(([url, descriptor]) => ({ url: url ?? '', width: Number.parseInt(descriptor ?? '0', 10) }))
    .sort((a, b) => a.width - b.width);
}

/** The candidate a browser picks: the smallest at least as wide as needed, else the largest. */
export function chosenCandidate(candidates: readonly SrcsetCandidate[], neededPx: number): SrcsetCandidate | undefined {
  return candidates.find((candidate) => candidate.width >= neededPx) ?? candidates.at(-1);
}
