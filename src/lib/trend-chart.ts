/**
 * Geometry of the IKM trend chart, computed at build time so the page needs no JavaScript.
 * The vertical axis spans the grade bands that matter (60 to 100) unless a value falls lower.
 */
export interface TrendPoint {
  label: string;
  value: number;
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  yTicks: { value: number; y: number }[];
  points: { x: number; y: number; label: string; value: number }[];
  path: string;
}

export function trendChartGeometry(points: readonly TrendPoint[], width = 640, height = 320): ChartGeometry {
  const plot = { left: 48, right: width - 16, top: 16, bottom: height - 56 };
  const lowest = Math.min(60, ...points.map((point) => Math.floor(point.value / 10) * 10));
  const yMin = Math.max(25, lowest);
  const yMax = 100;
  const yFor = (value: number) => plot.bottom - ((value - yMin) / (yMax - yMin)) * (plot.bottom - plot.top);
  const step = points.length > 1 ? (plot.right - plot.left) / (points.length - 1) : 0;
  const xFor = (index: number) => (points.length > 1 ? plot.left + index * step : (plot.left + plot.right) / 2);
  const placed = points.map((point, index) => ({ x: round(xFor(index)), y: round(yFor(point.value)), label: point.label, value: point.value }));
  const yTicks: { value: number; y: number }[] = [];
  for (let value = yMin; value <= yMax; value += 10) yTicks.push({ value, y: round(yFor(value)) });
  const path = placed.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' ');
  return { width, height, plot, yTicks, points: placed, path };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
