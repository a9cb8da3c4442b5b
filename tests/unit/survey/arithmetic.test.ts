/**
 * The regulation's arithmetic from answers, checked against cases computed by hand: element
 * means over valid answers only, the index, the grade at the band edges, and the Krejcie–Morgan
 * minimum sample against the published table.
 */
import { describe, expect, test } from 'vitest';
import { ikmResult } from '../../../src/lib/ikm.ts';
import { completeMeans, elementStats } from '../../../src/lib/survey/element-stats.ts';
import { krejcieMorganSample, sampleAdequacy } from '../../../src/lib/survey/sample-size.ts';
import type { Score, SurveyResponse } from '../../../src/lib/survey/types.ts';
import { weakestElements } from '../../../src/lib/survey/weakest.ts';
import { IKM_ELEMENT_KEYS, type IkmElement } from '../../../src/schema/surveys.ts';

/** A respondent from nine answers in the regulation's order; null is a blank or invalid answer. */
function respondent(row: number, answers: readonly (Score | null)[]): SurveyResponse {
  return { row, scores: Object.fromEntries(IKM_ELEMENT_KEYS.map((key, index) => [key, answers[index] ?? null])) as Record<IkmElement, Score | null>, profile: {} };
}

const sameAnswers = (score: Score, count: number, firstRow = 2) => Array.from({ length: count }, (_, index) => respondent(firstRow + index, Array(9).fill(score)));

function indexOf(responses: SurveyResponse[]) {
  const means = completeMeans(elementStats(responses))!;
  return ikmResult(IKM_ELEMENT_KEYS.map((key) => means[key]));
}

describe('element means (NRR) over valid answers only', () => {
  // Five respondents; one left procedure blank, one gave cost an invalid answer (already null).
  const responses = [
    respondent(2, [4, 4, 3, 4, 3, 4, 4, 3, 4]),
    respondent(3, [3, 3, 3, 4, 3, 3, 4, 3, 3]),
    respondent(4, [4, null, 2, 4, 3, 4, 4, 3, 4]),
    respondent(5, [2, 3, 3, null, 3, 3, 3, 2, 3]),
    respondent(6, [4, 4, 4, 4, 4, 4, 4, 4, 4]),
  ];
  const stats = elementStats(responses);

  test('each mean divides the total of valid scores by the number of valid answers', () => {
    expect(stats.requirements).toEqual({ mean: 17 / 5, valid: 5, excluded: 0 });
    expect(stats.procedure).toEqual({ mean: 14 / 4, valid: 4, excluded: 1 });
    expect(stats.completionTime.mean).toBe(3);
    expect(stats.cost).toEqual({ mean: 4, valid: 4, excluded: 1 });
    expect(stats.productSpecification.mean).toBeCloseTo(3.2, 12);
    expect(stats.staffCompetence.mean).toBeCloseTo(3.6, 12);
    expect(stats.staffBehaviour.mean).toBeCloseTo(3.8, 12);
    expect(stats.complaintHandling.mean).toBe(3);
    expect(stats.facilities.mean).toBeCloseTo(3.6, 12);
  });

  test('the index is 25 × the mean of the nine means: 25 × 31,1 / 9 = 86,39, grade B', () => {
    expect(indexOf(responses)).toEqual({ index: 86.39, grade: 'B', label: 'Baik' });
  });

  test('the weakest elements are the three lowest, ties included', () => {
    expect(weakestElements(completeMeans(stats)!)).toEqual(['completionTime', 'complaintHandling', 'productSpecification']);
    const tiedThird = { ...completeMeans(stats)!, facilities: 3.2 };
    expect(weakestElements(tiedThird)).toEqual(['completionTime', 'complaintHandling', 'productSpecification', 'facilities']);
  });

  test('an element with no valid answer has no mean, and the nine means are incomplete', () => {
    const noCost = responses.map((response) => ({ ...response, scores: { ...response.scores, cost: null } }));
    expect(elementStats(noCost).cost).toEqual({ mean: undefined, valid: 0, excluded: 5 });
    expect(completeMeans(elementStats(noCost))).toBeUndefined();
  });
});

describe('grade band edges reached from raw answers', () => {
  // Every element gets the same answers, so the index is 25 × (their total / their count).
  test.each([
    // 117 threes and 8 fours: 383 / 125 = 3,064 → 76,60 (C); 2339 threes and 161 fours: 3,0644 → 76,61 (B).
    [117, 8, 76.6, 'C'],
    [2339, 161, 76.61, 'B'],
    // 117 threes and 133 fours: 883 / 250 = 3,532 → 88,30 (B); 1169 threes and 1331 fours: 3,5324 → 88,31 (A).
    [117, 133, 88.3, 'B'],
    [1169, 1331, 88.31, 'A'],
  ])('%i threes and %i fours give %s (%s)', (threes, fours, index, grade) => {
    const responses = [...sameAnswers(3, threes), ...sameAnswers(4, fours, threes + 2)];
    expect(indexOf(responses)).toMatchObject({ index, grade });
  });

  test('all ones is 25 (D) and all fours is 100 (A)', () => {
    expect(indexOf(sameAnswers(1, 3))).toMatchObject({ index: 25, grade: 'D' });
    expect(indexOf(sameAnswers(4, 3))).toMatchObject({ index: 100, grade: 'A' });
  });
});

describe('Krejcie–Morgan minimum sample', () => {
  test.each([
    [1, 1],
    [10, 10],
    [15, 14],
    [20, 19],
    [50, 44],
    [100, 80],
    [200, 132],
    [300, 169],
    [500, 217],
    [1000, 278],
    [2000, 322],
    [5000, 357],
    [10000, 370],
    [50000, 381],
    [1000000, 384],
  ])('a population of %i needs %i respondents (the published table)', (population, sample) => {
    expect(krejcieMorganSample(population)).toBe(sample);
  });

  test('never more than the population, and refuses a population that is not a whole number ≥ 1', () => {
    for (let population = 1; population <= 60; population++) expect(krejcieMorganSample(population)).toBeLessThanOrEqual(population);
    expect(() => krejcieMorganSample(0)).toThrow(/at least 1/);
    expect(() => krejcieMorganSample(12.5)).toThrow(/whole number/);
  });

  test('a sample reaches the minimum exactly at it', () => {
    expect(sampleAdequacy(278, 1000)).toEqual({ population: 1000, minimum: 278, respondents: 278, enough: true, shortfall: 0 });
    expect(sampleAdequacy(277, 1000)).toMatchObject({ enough: false, shortfall: 1 });
  });
});
