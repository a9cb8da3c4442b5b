import { describe, expect, test } from 'vitest';
import IkmTrendChart from '../../src/components/IkmTrendChart.astro';
import { render } from '../helpers/render.ts';

const points = [
  { label: '2021', value: 91.8 },
  { label: '2022', value: 94.18 },
  { label: 'Semester I 2023', value: 94 },
];

describe('IkmTrendChart', () => {
  test('two static SVG drawings (wide and narrow), each with a text alternative that points to the table', async () => {
    const { root, html } = await render(IkmTrendChart, { points });
    const drawings = [...root.querySelectorAll('svg')];
    expect(drawings.map((svg) => svg.getAttribute('class'))).toEqual(['chart trend-chart__wide', 'chart trend-chart__narrow']);
    for (const svg of drawings) {
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.getAttribute('aria-label')).toBe('Grafik garis nilai IKM dari 2021 sampai Semester I 2023. Angka lengkapnya ada pada tabel di bawah grafik.');
    }
    expect(html).not.toMatch(/<script/);
  });

  test('each drawing has one labelled point per period, values in Indonesian format', async () => {
    const { root } = await render(IkmTrendChart, { points });
    for (const svg of root.querySelectorAll('svg')) {
      expect(svg.querySelectorAll('circle')).toHaveLength(3);
      const texts = [...svg.querySelectorAll('text')].map((text) => text.textContent);
      expect(texts).toEqual(expect.arrayContaining(['91,80', '94,18', '94,00', '2021', '2022', 'Semester I 2023', '100']));
    }
  });

  test('the line joins the points in order', async () => {
    const { root } = await render(IkmTrendChart, { points });
    for (const svg of root.querySelectorAll('svg')) {
      const circles = [...svg.querySelectorAll('circle')].map((circle) => `${circle.getAttribute('cx')} ${circle.getAttribute('cy')}`);
      expect(svg.querySelector('path')?.getAttribute('d')).toBe(`M${circles[0]} L${circles[1]} L${circles[2]}`);
    }
  });
});
