import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STAGES_FILE, withoutStage } from '../../scripts/bench/without-stage.ts';

const source = readFileSync(STAGES_FILE, 'utf8');
const declared = (text: string) => [...text.matchAll(/^\s*\{ name: '([^']+)',/gm)].map((match) => match[1]);

describe('the benchmark of a build without one stage', () => {
  it('removes that stage from the list and keeps every other', () => {
    const stages = declared(source);
    expect(stages).toContain('accessibility');
    const edited = withoutStage(source, 'accessibility');
    expect(declared(edited)).toEqual(stages.filter((stage) => stage !== 'accessibility'));
    expect(edited.split('\n')).toHaveLength(source.split('\n').length - 1);
  });

  it('refuses a stage the build does not declare, rather than measure the whole build under its name', () => {
    expect(() => withoutStage(source, 'no-such-stage')).toThrow(/"no-such-stage" 0 times/);
  });
});
