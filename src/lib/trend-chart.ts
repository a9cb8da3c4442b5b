/**
 * Geometry of the IKM trend chart, computed at build time so the page needs no JavaScript.
 * Two drawings of the same data, chosen by the width the chart gets (a container query):
 *
 * - wide (640 units, for a column of 36rem or more): a line chart. Period names go under the
 *   axis on one line, on two, or turned 45° when even two lines would touch; values sit above
 *   or below their point, whichever touches no other value.
 * - narrow (320 units, for phones): one row per period, its name on the left, its point on a
 *   horizontal scale and its value on the right, so 12 periods never crowd one axis.
 *
 * Every label is placed from an estimate of its width (src/lib/chart-text.ts) that is never
 * narrower than the text readers see, so labels neither overlap nor leave the picture; the
 * e2e test measures this in Chromium. Text is 14 units high and the drawings are shown at
 * about their own size, so it reads as 13–14 px.
 */
import { textWidth, truncateText, wrapText, type TextStyle } from './chart-text.ts';
import { formatNumber } from './numbers.ts';

export interface TrendPoint {
  label: string;
  value: number;
}

export interface ChartLabel {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** One text line per entry, each LINE_HEIGHT below the previous. */
  lines: string[];
  bold: boolean;
  /** Degrees, around (x, y). */
  rotate?: number;
}

export interface ChartLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface TrendChartLayout {
  width: number;
  height: number;
  gridLines: ChartLine[];
  tickLabels: ChartLabel[];
  /** The line through the points, in order. */
  path: string;
  points: { x: number; y: number; value: number; label: string }[];
  valueLabels: ChartLabel[];
  periodLabels: ChartLabel[];
}

export const FONT_SIZE = 14;
export const LINE_HEIGHT = 18;
export const POINT_RADIUS = 6;
const TEXT: TextStyle = { size: FONT_SIZE };
const BOLD: TextStyle = { size: FONT_SIZE, bold: true };
/** Room above and below a baseline that glyphs may use (ascender, descender), generously. */
const ASCENT = 12;
const DESCENT = 4;
const GAP = 8;

const round = (value: number) => Math.round(value * 10) / 10;
const valueText = (value: number) => formatNumber(value, 2);

/** The lowest value on the axis: 60 (grade C's band starts at 65), lower only when a value is. */
function axisMinimum(points: readonly TrendPoint[]): number {
  const lowest = Math.min(60, ...points.map((point) => Math.floor(point.value / 10) * 10));
  return Math.max(25, lowest);
}

/** Axis values from 100 down in even steps, so labels are evenly spaced whatever the minimum. */
function ticks(minimum: number, step: number): number[] {
  const values: number[] = [];
  for (let value = 100; value >= minimum; value -= step) values.unshift(value);
  return values;
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

type PeriodLabelMode = 'single' | 'wrapped' | 'rotated';

const SIN45 = Math.SQRT1_2;

/** The line chart for a wide column. */
export function wideTrendChart(points: readonly TrendPoint[], width = 640): TrendChartLayout {
  const yMin = axisMinimum(points);
  const plotTop = 32;
  const plotHeight = 230;
  const plotBottom = plotTop + plotHeight;
  const plotLeft = Math.ceil(textWidth('100', TEXT)) + 12;
  const plotRight = width - 4;
  const valueWidths = points.map((point) => textWidth(valueText(point.value), BOLD));
  const valuePad = Math.max(0, ...valueWidths) / 2 + 4;

  // Try the period names on one line, then on two, then turned; keep the first that fits.
  const n = points.length;
  const modes: { mode: PeriodLabelMode; lines: string[][] }[] = [];
  const spanFor = (lineSets: string[][]) => lineSets.map((lines) => Math.max(...lines.map((line) => textWidth(line, TEXT))));
  let chosen: { mode: PeriodLabelMode; lines: string[][]; xs: number[] } | undefined;
  for (const mode of ['single', 'wrapped', 'rotated'] as const) {
    const first = plotLeft + valuePad;
    const last = plotRight - valuePad;
    const roughStep = n > 1 ? (last - first) / (n - 1) : last - first;
    const lines =
      mode === 'single'
        ? points.map((point) => [truncateText(point.label, 260, TEXT)])
        : mode === 'wrapped'
          ? points.map((point) => wrapText(point.label, Math.max(roughStep - GAP, 40), TEXT, 2))
          : points.map((point) => [truncateText(point.label, 150, TEXT)]);
    modes.push({ mode, lines });
    const widths = spanFor(lines);
    let start = first;
    let end = last;
    if (mode === 'rotated') {
      start = Math.max(start, widths[0]! * SIN45 + ASCENT);
      end = Math.min(end, width - ASCENT);
    } else {
      start = Math.max(start, widths[0]! / 2 + 2);
      end = Math.min(end, width - widths[n - 1]! / 2 - 2);
    }
    const xs = n > 1 ? points.map((_, index) => start + (index * (end - start)) / (n - 1)) : [(plotLeft + plotRight) / 2];
    const step = n > 1 ? (end - start) / (n - 1) : Infinity;
    // Two lines only count when they hold the whole name (wrapText cuts a word that is too long).
    const whole = mode !== 'wrapped' || lines.every((set, index) => set.join(' ') === points[index]!.label.replace(/\s+/g, ' ').trim());
    const fits =
      mode === 'rotated'
        ? step * SIN45 >= LINE_HEIGHT + 2
        : whole && widths.every((w, index) => index === n - 1 || (w + widths[index + 1]!) / 2 + GAP <= step);
    if (fits || mode === 'rotated') {
      chosen = { mode, lines, xs };
      break;
    }
  }
  const { mode, lines, xs } = chosen!;
  const labelTop = plotBottom + 26;
  const rotatedDepth = mode === 'rotated' ? Math.max(...spanFor(lines)) * SIN45 + FONT_SIZE : 0;
  const height = Math.ceil(labelTop + (mode === 'rotated' ? rotatedDepth : (mode === 'wrapped' ? 2 : 1) * LINE_HEIGHT) + DESCENT + 4);

  const yFor = (value: number) => plotBottom - ((value - yMin) / (100 - yMin)) * plotHeight;
  const placed = points.map((point, index) => ({ x: round(xs[index]!), y: round(yFor(point.value)), value: point.value, label: point.label }));
  const periodLabels: ChartLabel[] = placed.map((point, index) =>
    mode === 'rotated'
      ? { x: point.x, y: labelTop, anchor: 'end', lines: lines[index]!, bold: false, rotate: -45 }
      : { x: point.x, y: labelTop, anchor: 'middle', lines: lines[index]!, bold: false },
  );

  // Each value above its point unless that touches a value already placed; then below.
  const taken: Box[] = placed.map((point) => ({ left: point.x - POINT_RADIUS, right: point.x + POINT_RADIUS, top: point.y - POINT_RADIUS, bottom: point.y + POINT_RADIUS }));
  const valueLabels = placed.map((point, index): ChartLabel => {
    const half = valueWidths[index]! / 2;
    const box = (baseline: number): Box => ({ left: point.x - half - 2, right: point.x + half + 2, top: baseline - ASCENT, bottom: baseline + DESCENT });
    const candidates = [point.y - POINT_RADIUS - 6, point.y + POINT_RADIUS + 6 + ASCENT];
    const fitsAt = (baseline: number) => {
      const candidate = box(baseline);
      return candidate.top >= 0 && candidate.bottom <= plotBottom && !taken.some((other) => overlaps(candidate, other));
    };
    const baseline = candidates.find(fitsAt) ?? candidates[0]!;
    taken.push(box(baseline));
    return { x: point.x, y: round(baseline), anchor: 'middle', lines: [valueText(point.value)], bold: true };
  });

  const tickValues = ticks(yMin, 10);
  return {
    width,
    height,
    gridLines: tickValues.map((value) => ({ x1: plotLeft, x2: plotRight, y1: round(yFor(value)), y2: round(yFor(value)) })),
    tickLabels: tickValues.map((value) => ({ x: plotLeft - 8, y: round(yFor(value) + 5), anchor: 'end', lines: [String(value)], bold: false })),
    path: placed.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' '),
    points: placed,
    valueLabels,
    periodLabels,
  };
}

/** One row per period for a narrow column: name, point on a horizontal scale, value. */
export function narrowTrendChart(points: readonly TrendPoint[], width = 320): TrendChartLayout {
  const yMin = axisMinimum(points);
  const header = 24;
  const labelColumn = Math.min(130, Math.max(0, ...points.map((point) => textWidth(point.label, TEXT))));
  const lines = points.map((point) => wrapText(point.label, labelColumn, TEXT, 3));
  const valueColumn = Math.max(0, ...points.map((point) => textWidth(valueText(point.value), BOLD)));
  const hundred = textWidth('100', TEXT);
  const trackLeft = labelColumn + GAP + hundred / 2;
  const trackRight = width - valueColumn - GAP - hundred / 2;
  const xFor = (value: number) => trackLeft + ((value - yMin) / (100 - yMin)) * (trackRight - trackLeft);

  const rows: { top: number; height: number }[] = [];
  let top = header;
  for (const rowLines of lines) {
    const rowHeight = Math.max(34, rowLines.length * LINE_HEIGHT + 10);
    rows.push({ top, height: rowHeight });
    top += rowHeight;
  }
  const height = Math.ceil(top + 4);
  const placed = points.map((point, index) => ({
    x: round(xFor(point.value)),
    y: round(rows[index]!.top + rows[index]!.height / 2),
    value: point.value,
    label: point.label,
  }));

  // Tick labels sit in the header; use every tenth value only when they have room.
  const perTen = ((trackRight - trackLeft) / (100 - yMin)) * 10;
  const step = perTen >= hundred + GAP ? 10 : perTen * 2 >= hundred + GAP ? 20 : 40;
  const tickValues = ticks(yMin, step);
  return {
    width,
    height,
    gridLines: tickValues.map((value) => ({ x1: round(xFor(value)), x2: round(xFor(value)), y1: header - 4, y2: height - 4 })),
    tickLabels: tickValues.map((value) => ({ x: round(xFor(value)), y: header - 10, anchor: 'middle', lines: [String(value)], bold: false })),
    path: placed.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' '),
    points: placed,
    valueLabels: placed.map((point) => ({ x: width, y: round(point.y + 5), anchor: 'end', lines: [valueText(point.value)], bold: true })),
    periodLabels: placed.map((point, index) => ({
      x: 0,
      y: round(point.y + 5 - ((lines[index]!.length - 1) * LINE_HEIGHT) / 2),
      anchor: 'start',
      lines: lines[index]!,
      bold: false,
    })),
  };
}
