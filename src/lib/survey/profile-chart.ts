/**
 * Geometry of a respondent-profile bar chart, drawn at build time: per group its name on a line
 * of its own, then a bar as long as its share, with the share after the bar. Names never share
 * a line with anything, so they cannot overlap; a name too long for the drawing is cut with
 * "…" (the table beside the chart holds it whole).
 */
import { textWidth, truncateText } from '../chart-text.ts';
import { formatNumber } from '../numbers.ts';
import { FONT_SIZE, type ChartLabel } from '../trend-chart.ts';
import type { ProfileShare } from './report.ts';

export interface ProfileBar {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ProfileChartLayout {
  width: number;
  height: number;
  bars: ProfileBar[];
  labels: ChartLabel[];
}

const ROW = 46;
const BAR_HEIGHT = 14;

export const shareText = (share: number) => `${formatNumber(share, 1)}%`;

export function profileChart(groups: readonly ProfileShare[], width = 320): ProfileChartLayout {
  const style = { size: FONT_SIZE };
  const bold = { size: FONT_SIZE, bold: true };
  const longestShare = Math.max(...groups.map((group) => textWidth(shareText(group.share), bold)), textWidth(shareText(100), bold));
  const barSpace = width - longestShare - 8;
  const bars: ProfileBar[] = [];
  const labels: ChartLabel[] = [];
  groups.forEach((group, index) => {
    const top = index * ROW;
    const barWidth = Math.max(1, Math.round((group.share / 100) * barSpace * 10) / 10);
    bars.push({ x: 0, y: top + 22, width: barWidth, height: BAR_HEIGHT });
    labels.push({ x: 0, y: top + 16, anchor: 'start', lines: [truncateText(group.group, width, style)], bold: false });
    labels.push({ x: Math.round((barWidth + 6) * 10) / 10, y: top + 34, anchor: 'start', lines: [shareText(group.share)], bold: true });
  });
  return { width, height: groups.length * ROW, bars, labels };
}
