import { describe, expect, it } from 'vitest';
import { parseBuildSection, renderBuildSection, SUMMARY_HEADER, type SizeBlock } from '../../scripts/bench/build-section.ts';

function block(size: number, run: string, coldSeconds: string): SizeBlock {
  const cells = Array.from({ length: SUMMARY_HEADER[0]!.split('|').length - 6 }, () => '1.0');
  return {
    size,
    row: `| ${size + 100} | ${size} entries | ${run} | ${coldSeconds} | ${cells.join(' | ')} |`,
    peak: `- ${size} entries: bare peaked during “render”; full during “search index”.`,
    details: [`### ${size} entries (${size + 100} pages), run ${run}`, '', '| stage | bare cold (s) |', '| --- | --- |', `| bundle | ${coldSeconds} |`],
  };
}

describe('the Build section of BENCHMARKS.md', () => {
  it('reads back every block it wrote', () => {
    const written = [block(500, '2026-11-01', '7.7'), block(5000, '2026-11-02', '20.2')];
    const parsed = parseBuildSection(renderBuildSection('2 cores', written));
    expect([...parsed.values()]).toEqual(written);
  });

  it('keeps the sizes a run did not measure and replaces the ones it did', () => {
    const before = renderBuildSection('2 cores', [block(500, '2026-11-01', '7.7'), block(2000, '2026-11-01', '9.5')]);
    const blocks = parseBuildSection(before);
    blocks.set(2000, block(2000, '2026-11-30', '8.1'));
    const after = renderBuildSection('2 cores', blocks.values());
    expect(after).toContain('| 600 | 500 entries | 2026-11-01 | 7.7 |');
    expect(after).toContain('| 2100 | 2000 entries | 2026-11-30 | 8.1 |');
    expect(after).not.toContain('| 2100 | 2000 entries | 2026-11-01');
    expect(after.indexOf('### 500 entries')).toBeLessThan(after.indexOf('### 2000 entries'));
  });

  it('leaves out a size whose row has an older layout, so no table mixes columns', () => {
    const current = block(500, '2026-11-01', '7.7');
    const older = { ...block(2000, '2026-11-01', '9.5'), row: '| 2100 | 2000 entries | 9.5 | 95.3 | 10.01 |' };
    const parsed = parseBuildSection(renderBuildSection('2 cores', [current, older]));
    expect([...parsed.keys()]).toEqual([500]);
  });
});
