/** Runs a table of invalid cases against one collection: every message must name field and fix. */
import { expect, test } from 'vitest';
import { problemFor, problemsOf, validData, type InvalidCase } from '../../helpers/content-fixtures.ts';
import type { CollectionName } from '../../../src/schema/index.ts';

export function testInvalidCases(collection: CollectionName, cases: readonly InvalidCase[]): void {
  test.each(cases)('$name: names "$label" and says how to fix it', (testCase) => {
    const problem = problemFor(collection, testCase);
    expect(problem, `no problem reported at ${testCase.path}`).toBeDefined();
    expect(problem?.label).toBe(testCase.label);
    expect(problem?.message).toMatch(testCase.message);
    if (testCase.hint) expect(problem?.hint).toMatch(testCase.hint);
  });

  test('the valid fixture has no problem, so each case above fails for its own reason', () => {
    expect(problemsOf(collection, validData(collection))).toEqual([]);
  });
}
