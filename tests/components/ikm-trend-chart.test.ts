import { describe, expect, test } from 'vitest';
import IkmTrendChart from '../../src/components/IkmTrendChart.astro';
import { render } from '../helpers/render.ts';

const points = [
  { label: '2021', value: 91.8 },
  { label: '2022', value: 94.18 },
  { label: 'Semester I 2023', value: 94 },
];

describe('IkmTrendChart', () => {
  test('a static SVG with a text alternative that points to the table', async () => {
    const { root, html } = await render(IkmTrendChart, { points });
    const svg = root.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-label')).toBe(
      'Grafik garis nilai IKM dari 2021 sampai Semester I 2023. Angka lengkapnya ada pada tabel di bawah grafik.',
    );
    expect(svg?.getAttribute('viewBox')).toBe('0 0 640 320');
    expect(html).not.toMatch(/<script/);
  });

  test('one labelled point per period, values in Indonesian format', async () => {
    const { root } = await render(IkmTrendChart, { points });
    expect(root.querySelectorAll('circle')).toHaveLength(3);
    const texts = [...root.querySelectorAll('text')].map((text) => text.textContent);
    expect(texts).toEqual(expect.arrayContaining(['91,80', '94,18', '94,00', '2021', '2022', 'Semester I 2023']));
    // The axis: 60 to 100 in steps of 10.
    expect(texts).toEqual(expect.arrayContaining(['60', '70', '80', '90', '100']));
  });

  test('the line joins the points in order', async () => {
    const { root } = await render(IkmTrendChart, { points });
    const circles = [...root.querySelectorAll('circle')].map((circle) => `${circle.getAttribute('cx')} ${circle.getAttribute('cy')}`);
    const d = root.querySelector('path')?.getAttribute('d');
    expect(d).toBe(`M${circles[0]} L${circles[1]} L${circles[2]}`);
  });
});
