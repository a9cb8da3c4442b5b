import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const module = fileURLToPath(new URL('../../src/integrations/search-index-alongside.ts', import.meta.url));

/** Runs the step back in a process of its own, so the test runner keeps its priority. */
function prioritiesAroundStepBack(startAt: number): [number, number] {
  const script = `
    import { getPriority, setPriority } from 'node:os';
    const { stepBackForIndexer } = await import(${JSON.stringify(module)});
    setPriority(${startAt});
    const before = getPriority();
    stepBackForIndexer();
    console.log(JSON.stringify([before, getPriority()]));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '[]') as [number, number];
}

describe('stepping back for the search indexer', () => {
  it('lowers the build thread by ten steps of niceness', () => {
    expect(prioritiesAroundStepBack(0)).toEqual([0, 10]);
  });

  it('never goes past the lowest priority there is', () => {
    expect(prioritiesAroundStepBack(15)).toEqual([15, 19]);
  });
});
