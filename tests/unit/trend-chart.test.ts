import { describe, expect, test } from 'vitest';
import { trendChartGeometry } from '../../src/lib/trend-chart.ts';

describe('IKM trend chart geometry', () => {
  const chart = trendChartGeometry(
    [
      { label: '2022', value: 94.18 },
      { label: '2023', value: 91.8 },
      { label: '2024', value: 100 },
    ],
    640,
    320,
  );

  test('points span the plot from left to right, evenly', () => {
    expect(chart.plot).toEqual({ left: 48, right: 624, top: 16, bottom: 264 });
    expect(chart.points.map((point) => point.x)).toEqual([48, 336, 624]);
  });

  test('the vertical axis runs from 60 at the bottom to 100 at the top', () => {
    expect(chart.yTicks.map((tick) => tick.value)).toEqual([60, 70, 80, 90, 100]);
    expect(chart.yTicks[0]?.y).toBe(264);
    expect(chart.yTicks.at(-1)?.y).toBe(16);
    // 100 sits on the top edge; 94.18 sits 34.18/40 of the way up.
    expect(chart.points[2]?.y).toBe(16);
    expect(chart.points[0]?.y).toBeCloseTo(264 - (34.18 / 40) * 248, 1);
  });

  test('a higher value is drawn higher', () => {
    const [first, second] = chart.points;
    expect(second!.y).toBeGreaterThan(first!.y);
  });

  test('the line passes through every point in order', () => {
    const [a, b, c] = chart.points;
    expect(chart.path).toBe(`M${a!.x} ${a!.y} L${b!.x} ${b!.y} L${c!.x} ${c!.y}`);
  });

  test('the axis extends down when a value falls below 60, but never below 25', () => {
    const low = trendChartGeometry([{ label: 'A', value: 52.4 }, { label: 'B', value: 70 }]);
    expect(low.yTicks[0]?.value).toBe(50);
    const lowest = trendChartGeometry([{ label: 'A', value: 25 }]);
    expect(lowest.yTicks[0]?.value).toBe(25);
    for (const point of [...low.points, ...lowest.points]) {
      expect(point.y).toBeGreaterThanOrEqual(lowest.plot.top);
      expect(point.y).toBeLessThanOrEqual(lowest.plot.bottom);
    }
  });

  test('a single period is centred', () => {
    const single = trendChartGeometry([{ label: '2024', value: 93.56 }], 640, 320);
    expect(single.points[0]?.x).toBe(336);
    expect(single.path).toMatch(/^M336 /);
  });
});
