/**
 * The elements most in need of improvement: the lowest means, as readers see them (two
 * decimals). Elements that show the same value as the last one named are named too, so the
 * choice never depends on a difference the page does not show.
 */
import { IKM_ELEMENT_KEYS, type IkmElement } from '../../schema/surveys.ts';
import { roundTo2 } from '../ikm.ts';

export const WEAKEST_COUNT = 3;

export function weakestElements(means: Readonly<Record<IkmElement, number>>, count = WEAKEST_COUNT): IkmElement[] {
  const ranked = [...IKM_ELEMENT_KEYS].sort((a, b) => roundTo2(means[a]) - roundTo2(means[b]));
  const cutoff = ranked[Math.min(count, ranked.length) - 1];
  if (cutoff === undefined) return [];
  const limit = roundTo2(means[cutoff]);
  return ranked.filter((key) => roundTo2(means[key]) <= limit);
}
