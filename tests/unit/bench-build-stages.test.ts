import { describe, expect, it } from 'vitest';
import { parseStages } from '../../scripts/bench/measure-build.ts';
import { stageTable } from '../../src/integrations/portal/stage-table.ts';

describe('the build benchmark reads where a build spent its time', () => {
  it('takes every stage from the table the build prints, under its graph name', () => {
    const table = stageTable(
      [
        { name: 'read-pages', groups: ['pages'], ms: 1427 },
        { name: 'search-index', groups: ['pages', 'checks'], ms: 4870 },
        { name: 'accessibility', groups: ['checks'], ms: 34592 },
      ],
      ['search-index', 'read-pages', 'accessibility'],
      39639,
    );
    const log = ['12:00:00 [build] ✓ Completed in 25.57s.', ...table.split('\n').map((line) => `\x1b[2m${line}\x1b[0m`), '12:00:40 [build] Complete!'].join('\n');
    expect(parseStages(log)).toEqual({ 'portal:search-index': 4870, 'portal:read-pages': 1427, 'portal:accessibility': 34592 });
  });

  it("keeps Astro's own sections, read from its log lines", () => {
    const log = ['Collecting build info...', '✓ Completed in 1.30s.', '[vite] ✓ built in 2.90s', 'generating static routes', '✓ Completed in 640ms.'].join('\n');
    expect(parseStages(log)).toEqual({ 'content sync and setup': 1300, bundle: 2900, 'render pages': 640 });
  });
});
