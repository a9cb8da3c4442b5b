import { describe, expect, test } from 'vitest';
import { textWidth, truncateText, wrapText } from '../../src/lib/chart-text.ts';
import { narrowTrendChart, wideTrendChart } from '../../src/lib/trend-chart.ts';

const three = [
  { label: '2022', value: 94.18 },
  { label: '2023', value: 91.8 },
  { label: '2024', value: 100 },
];

describe('wide IKM trend chart', () => {
  const chart = wideTrendChart(three);

  test('points run left to right, evenly, inside the drawing', () => {
    const xs = chart.points.map((point) => point.x);
    expect(xs[1]! - xs[0]!).toBeCloseTo(xs[2]! - xs[1]!, 0);
    expect(xs[0]).toBeGreaterThan(0);
    expect(xs[2]).toBeLessThan(chart.width);
  });

  test('the axis runs from 60 at the bottom to 100 at the top, and a higher value is drawn higher', () => {
    expect(chart.tickLabels.map((tick) => tick.lines[0])).toEqual(['60', '70', '80', '90', '100']);
    const [a, b, c] = chart.points;
    expect(b!.y).toBeGreaterThan(a!.y);
    expect(c!.y).toBeLessThan(a!.y);
    expect(c!.y).toBe(chart.gridLines.at(-1)!.y1);
  });

  test('the line passes through every point in order', () => {
    const [a, b, c] = chart.points;
    expect(chart.path).toBe(`M${a!.x} ${a!.y} L${b!.x} ${b!.y} L${c!.x} ${c!.y}`);
  });

  test('the axis extends down when a value falls below 60, never below 25', () => {
    expect(wideTrendChart([{ label: 'A', value: 52.4 }, { label: 'B', value: 70 }]).tickLabels[0]?.lines).toEqual(['50']);
    const lowest = wideTrendChart([{ label: 'A', value: 25 }, { label: 'B', value: 26 }]);
    expect(lowest.tickLabels.map((tick) => tick.lines[0])[0]).toBe('30');
    for (const point of lowest.points) expect(point.y).toBeLessThanOrEqual(lowest.height);
  });

  test('period names go on one line while they fit, on two, then turned 45°', () => {
    const semesters = (count: number) => Array.from({ length: count }, (_, index) => ({ label: `Semester ${index % 2 ? 'II' : 'I'} ${2020 + index}`, value: 90 }));
    expect(wideTrendChart(semesters(3)).periodLabels.map((label) => label.lines)).toEqual([['Semester I 2020'], ['Semester II 2021'], ['Semester I 2022']]);
    expect(wideTrendChart(semesters(6)).periodLabels[0]).toMatchObject({ lines: ['Semester I', '2020'], anchor: 'middle' });
    expect(wideTrendChart(semesters(12)).periodLabels[0]).toMatchObject({ lines: ['Semester I 2020'], rotate: -45, anchor: 'end' });
  });

  test('equal neighbours put their values one above, one below their points', () => {
    const flat = wideTrendChart(Array.from({ length: 12 }, (_, index) => ({ label: String(2015 + index), value: 100 })));
    const [first, second] = flat.valueLabels;
    expect(first!.y).toBeLessThan(flat.points[0]!.y);
    expect(second!.y).toBeGreaterThan(flat.points[1]!.y);
  });

  test('a single period is centred', () => {
    const single = wideTrendChart([{ label: '2024', value: 93.56 }]);
    expect(single.points[0]!.x).toBeGreaterThan(single.width / 2 - 30);
    expect(single.points[0]!.x).toBeLessThan(single.width / 2 + 30);
  });
});

describe('narrow IKM trend chart', () => {
  test('one row per period, top to bottom, names left and values right', () => {
    const chart = narrowTrendChart(three);
    const ys = chart.points.map((point) => point.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(chart.periodLabels.every((label) => label.x === 0 && label.anchor === 'start')).toBe(true);
    expect(chart.valueLabels.every((label) => label.x === chart.width && label.anchor === 'end')).toBe(true);
    expect(chart.valueLabels.map((label) => label.lines[0])).toEqual(['94,18', '91,80', '100,00']);
  });

  test('points stay between the names and the values', () => {
    const chart = narrowTrendChart([{ label: 'Semester II 2025', value: 25 }, { label: 'Semester I 2026', value: 100 }]);
    const nameEnd = textWidth('Semester II 2025', { size: 14 });
    const valueStart = chart.width - textWidth('100,00', { size: 14, bold: true });
    for (const point of chart.points) {
      expect(point.x - 6).toBeGreaterThan(nameEnd);
      expect(point.x + 6).toBeLessThan(valueStart);
    }
  });
});

describe('chart text', () => {
  test('widths add up per character, bold wider than regular', () => {
    expect(textWidth('00', { size: 10 })).toBeCloseTo(12.72, 2);
    expect(textWidth('94,18', { size: 14, bold: true })).toBeGreaterThan(textWidth('94,18', { size: 14 }));
  });

  test('long text is cut with an ellipsis, and wrapped at spaces', () => {
    expect(truncateText('Semester II 2025', 60, { size: 14 })).toMatch(/…$/);
    expect(textWidth(truncateText('Semester II 2025', 60, { size: 14 }), { size: 14 })).toBeLessThanOrEqual(60);
    expect(wrapText('Semester II 2025', 90, { size: 14 }, 2)).toEqual(['Semester II', '2025']);
  });
});
