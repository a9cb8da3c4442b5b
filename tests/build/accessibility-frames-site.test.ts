/**
 * On the sample site as built (dist/), the jsdom check by frame and region finds exactly what
 * the check of every whole page finds, page by page and element by element, before the
 * accepted findings are set aside (so the editors' page, whose findings are accepted, is
 * compared too). The pages share few frames, so most frames serve several pages.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { listBuiltPages } from '../../src/integrations/accessibility/built-pages.ts';
import { createJsdomChecker } from '../../src/integrations/accessibility/jsdom-check.ts';
import { distDir } from '../helpers/paths.ts';

const pages = listBuiltPages(distDir);
const whole: Record<string, string[]> = {};
const split: Record<string, string[]> = {};
let stats: { frames: number; wholePages: number };

beforeAll(async () => {
  const wholeCheck = createJsdomChecker('whole-page');
  const frameCheck = createJsdomChecker('frames');
  for (const page of pages) {
    const html = readFileSync(page.file, 'utf8');
    whole[page.path] = (await wholeCheck(html)).map((finding) => `${finding.rule} ${finding.target} ${finding.html}`).sort();
    split[page.path] = (await frameCheck(html)).map((finding) => `${finding.rule} ${finding.target} ${finding.html}`).sort();
  }
  stats = frameCheck.stats;
}, 300_000);

describe('the sample site by frame and region', () => {
  it('has pages to compare, some with findings', () => {
    expect(pages.length).toBeGreaterThan(15);
    expect(Object.values(whole).flat().length).toBeGreaterThan(0);
  });

  it('finds the same as the whole-page check on every page', () => {
    expect(split).toEqual(whole);
  });

  it('checks fewer frames than pages, and whole only the pages without <main>', () => {
    expect(stats.frames).toBeLessThan(pages.length / 2);
    expect(stats.wholePages).toBe(pages.filter((page) => !/<main[\s>]/.test(readFileSync(page.file, 'utf8'))).length);
  });
});
