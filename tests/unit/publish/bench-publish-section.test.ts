import { describe, expect, test } from 'vitest';
import { parsePublishSection, renderPublishSection, type PublishSize } from '../../../scripts/bench/publish-section.ts';

const run = (installMs: number | undefined, buildMs: number, deployMs = 900) => ({ installMs, buildMs, deployMs });
const small: PublishSize = { size: 500, date: '2026-12-04', cold: run(undefined, 200_000), warm: [run(undefined, 40_000), run(undefined, 30_000), run(undefined, 50_000)], cacheMb: 120, installMeasured: false };
const large: PublishSize = { size: 5000, date: '2026-12-05', cold: run(60_000, 400_000), warm: [run(55_000, 20_000)], cacheMb: 900, installMeasured: true, load: [0.4, 1.2] };

describe('the Publication time section', () => {
  test('keeps each size with its own date, so a run of one size leaves the others', () => {
    const text = renderPublishSection('2 cores', [large, small]);
    expect(parsePublishSection(text)).toEqual(new Map([[500, small], [5000, large]]));
    expect(text.indexOf('| 500 |')).toBeLessThan(text.indexOf('| 5000 |'));
  });

  test('reports the warm median with its range, and install plus build as the time to a deployable build', () => {
    const text = renderPublishSection('2 cores', [small, large]);
    expect(text).toContain('| 500 | 2026-12-04 (install not measured) | warm, one article changed | – | 40.0 (30.0–50.0) | 40.0 (30.0–50.0) | 0.9 (0.9–0.9) | 120 | – |');
    expect(text).toContain('| 5000 | 2026-12-05 | cold | 60.0 | 400.0 | 460.0 | 0.9 | 900 | 0.4, 1.2 |');
  });
});
