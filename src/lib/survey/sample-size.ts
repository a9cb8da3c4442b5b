/**
 * The smallest sample that represents a population of service users, by Krejcie and Morgan
 * (1970), the table PermenPAN-RB No. 14/2017 refers offices to:
 *
 *   s = X²·N·P(1−P) / (d²·(N−1) + X²·P(1−P))
 *
 * with X² = 3.841 (chi-square, one degree of freedom, 95% confidence), P = 0.5 (the
 * proportion that gives the largest sample) and d = 0.05 (the margin of error). The published
 * table rounds to the nearest whole respondent (N = 15 gives 14.47, listed as 14; N = 100 gives
 * 79.5, listed as 80), so the result here is rounded the same way and matches the table.
 */
const CHI_SQUARE = 3.841;
const PROPORTION = 0.5;
const MARGIN = 0.05;

export function krejcieMorganSample(population: number): number {
  if (!Number.isInteger(population) || population < 1) throw new Error(`A population must be a whole number of at least 1; got ${population}.`);
  const spread = CHI_SQUARE * PROPORTION * (1 - PROPORTION);
  const sample = (spread * population) / (MARGIN * MARGIN * (population - 1) + spread);
  return Math.min(population, Math.round(sample));
}

export interface SampleAdequacy {
  population: number;
  minimum: number;
  respondents: number;
  /** True when the respondents reach the minimum sample. */
  enough: boolean;
  /** Respondents still missing; 0 when enough. */
  shortfall: number;
}

export function sampleAdequacy(respondents: number, population: number): SampleAdequacy {
  const minimum = krejcieMorganSample(population);
  return { population, minimum, respondents, enough: respondents >= minimum, shortfall: Math.max(0, minimum - respondents) };
}
