/**
 * Per element: the mean of the valid answers (NRR, nilai rata-rata) and how many answers were
 * valid and excluded. PermenPAN-RB No. 14/2017 divides the total of the scores an element
 * received by the number of answers it received; a blank or invalid answer is not a score,
 * so it is left out of both and counted separately.
 */
import { IKM_ELEMENT_KEYS, type IkmElement } from '../../schema/surveys.ts';
import type { SurveyResponse } from './types.ts';

export interface ElementStats {
  /** Undefined when the element has no valid answer at all. */
  mean: number | undefined;
  valid: number;
  excluded: number;
}

export function elementStats(responses: readonly SurveyResponse[]): Record<IkmElement, ElementStats> {
  const stats = {} as Record<IkmElement, ElementStats>;
  for (const key of IKM_ELEMENT_KEYS) {
    let total = 0;
    let valid = 0;
    for (const response of responses) {
      const score = response.scores[key];
      if (score === null) continue;
      total += score;
      valid += 1;
    }
    stats[key] = { mean: valid ? total / valid : undefined, valid, excluded: responses.length - valid };
  }
  return stats;
}

/** The nine means, or undefined when an element has no valid answer. */
export function completeMeans(stats: Record<IkmElement, ElementStats>): Record<IkmElement, number> | undefined {
  const means = {} as Record<IkmElement, number>;
  for (const key of IKM_ELEMENT_KEYS) {
    const mean = stats[key].mean;
    if (mean === undefined) return undefined;
    means[key] = mean;
  }
  return means;
}
