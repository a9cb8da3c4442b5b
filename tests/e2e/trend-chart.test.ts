/**
 * The IKM trend chart in Chromium, from 2 to 12 periods, on a phone (320 px) and a desktop
 * (1280 px): no label overlaps another label or a point, none leaves the picture or the
 * screen, and text reads at 12 px or more. The chart is rendered with Astro's container API
 * and shown with the site's own stylesheet inside the site's content column.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import IkmTrendChart from '../../src/components/IkmTrendChart.astro';
import { DESKTOP_VIEWPORT, NARROWEST_VIEWPORT } from '../../src/integrations/accessibility/rendered-checks.ts';
import { launchChromium } from '../helpers/browser.ts';
import { projectRoot } from '../helpers/paths.ts';
import { render } from '../helpers/render.ts';

const stylesheet = readFileSync(`${projectRoot}/src/styles/global.css`, 'utf8');

/** Semesters from 2021, with values that repeat, jump and touch both ends of the scale. */
const VALUES = [88.31, 88.31, 100, 64.99, 91.8, 94.18, 94, 76.6, 100, 99.87, 25, 100];
function periods(count: number) {
  return Array.from({ length: count }, (_, index) => ({
    label: `Semester ${index % 2 === 0 ? 'I' : 'II'} ${2021 + Math.floor(index / 2)}`,
    value: VALUES[index]!,
  }));
}

interface Measured {
  visibleCharts: number;
  texts: { text: string; corners: [number, number][]; fontPx: number }[];
  points: [number, number][][];
  svg: { left: number; right: number; top: number; bottom: number };
  viewportWidth: number;
}

/** Each text's box as four corners on screen (its rotation included), each point's box, the chart's box. */
function measure(): Measured {
  const charts = [...document.querySelectorAll('.trend-chart svg')].filter((svg) => getComputedStyle(svg).display !== 'none') as SVGSVGElement[];
  const svg = charts[0]!;
  const corners = (element: SVGGraphicsElement): [number, number][] => {
    const box = element.getBBox();
    const matrix = element.getScreenCTM()!;
    return [
      [box.x, box.y],
      [box.x + box.width, box.y],
      [box.x + box.width, box.y + box.height],
      [box.x, box.y + box.height],
    ].map(([x, y]) => [matrix.a * x! + matrix.c * y! + matrix.e, matrix.b * x! + matrix.d * y! + matrix.f]);
  };
  const rect = svg.getBoundingClientRect();
  return {
    visibleCharts: charts.length,
    texts: [...svg.querySelectorAll('text')].map((text) => {
      const matrix = text.getScreenCTM()!;
      // A label wrapped over two lines is two tspans: read them as the words they are.
      const words = [...text.querySelectorAll('tspan')].map((line) => line.textContent).join(' ');
      return { text: words || (text.textContent ?? ''), corners: corners(text), fontPx: Math.hypot(matrix.a, matrix.b) * parseFloat(getComputedStyle(text).fontSize) };
    }),
    points: [...svg.querySelectorAll('circle')].map((circle) => corners(circle)),
    svg: { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom },
    viewportWidth: document.documentElement.clientWidth,
  };
}

/** Two convex quadrilaterals overlap unless an edge of one separates them (by more than half a pixel). */
function overlap(a: [number, number][], b: [number, number][]): boolean {
  for (const shape of [a, b]) {
    for (let i = 0; i < shape.length; i++) {
      const [x1, y1] = shape[i]!;
      const [x2, y2] = shape[(i + 1) % shape.length]!;
      const normal = [y2 - y1, x1 - x2] as const;
      const length = Math.hypot(normal[0], normal[1]);
      const project = (points: [number, number][]) => points.map(([x, y]) => (normal[0] * x + normal[1] * y) / length);
      const pa = project(a);
      const pb = project(b);
      if (Math.max(...pa) <= Math.min(...pb) + 0.5 || Math.max(...pb) <= Math.min(...pa) + 0.5) return false;
    }
  }
  return true;
}

let browser: Browser;
const pages: Record<string, Page> = {};

beforeAll(async () => {
  browser = await launchChromium();
  for (const [name, viewport] of Object.entries({ phone: NARROWEST_VIEWPORT, desktop: DESKTOP_VIEWPORT })) {
    pages[name] = await (await browser.newContext({ viewport })).newPage();
  }
});

afterAll(async () => {
  await browser?.close();
});

describe.each(['phone', 'desktop'])('trend chart on a %s', (device) => {
  it.each(Array.from({ length: 11 }, (_, index) => index + 2))('%i periods: every label readable, apart, and inside', async (count) => {
    const points = periods(count);
    const { html } = await render(IkmTrendChart, { points });
    const page = pages[device]!;
    await page.setContent(`<!doctype html><html lang="id"><head><style>${stylesheet}</style></head><body><main class="container">${html}</main></body></html>`);
    const measured = await page.evaluate(measure);

    expect(measured.visibleCharts).toBe(1);
    const texts = measured.texts.map((text) => text.text);
    for (const point of points) expect(texts).toContain(point.label);
    expect(measured.points).toHaveLength(count);

    const problems: string[] = [];
    const { svg, viewportWidth } = measured;
    for (const text of measured.texts) {
      if (text.fontPx < 12) problems.push(`"${text.text}" is ${text.fontPx.toFixed(1)} px`);
      for (const [x, y] of text.corners) {
        if (x < svg.left - 0.5 || x > svg.right + 0.5 || y < svg.top - 0.5 || y > svg.bottom + 0.5 || x < 0 || x > viewportWidth) {
          problems.push(`"${text.text}" leaves the chart at (${x.toFixed(1)}, ${y.toFixed(1)})`);
          break;
        }
      }
    }
    measured.texts.forEach((a, i) => {
      measured.texts.slice(i + 1).forEach((b) => {
        if (overlap(a.corners, b.corners)) problems.push(`"${a.text}" overlaps "${b.text}"`);
      });
      measured.points.forEach((point, index) => {
        if (overlap(a.corners, point)) problems.push(`"${a.text}" covers point ${index + 1}`);
      });
    });
    expect(problems).toEqual([]);
  });
});
