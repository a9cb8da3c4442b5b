/**
 * Indeks Kepuasan Masyarakat per PermenPAN-RB No. 14/2017: IKM = 25 × the mean of the nine
 * element means (NRR). Grades are compared on the value rounded to two decimals, as the
 * regulation's bands are written with two decimals (88,31–100,00 is A).
 */
export type Grade = 'A' | 'B' | 'C' | 'D';

export interface GradeBand {
  grade: Grade;
  label: string;
  min: number;
  max: number;
}

export const GRADE_BANDS: readonly GradeBand[] = [
  { grade: 'A', label: 'Sangat Baik', min: 88.31, max: 100 },
  { grade: 'B', label: 'Baik', min: 76.61, max: 88.3 },
  { grade: 'C', label: 'Kurang Baik', min: 65, max: 76.6 },
  { grade: 'D', label: 'Tidak Baik', min: 25, max: 64.99 },
];

export function roundTo2(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

/** IKM from the element means (each 1 to 4). */
export function ikmIndex(elementMeans: readonly number[]): number {
  if (elementMeans.length === 0) throw new Error('IKM needs at least one element mean.');
  for (const mean of elementMeans) {
    if (!(mean >= 1 && mean <= 4)) throw new Error(`An element mean must lie between 1 and 4; got ${mean}.`);
  }
  const mean = elementMeans.reduce((sum, value) => sum + value, 0) / elementMeans.length;
  return roundTo2(mean * 25);
}

export function gradeFor(index: number): GradeBand {
  const value = roundTo2(index);
  const band = GRADE_BANDS.find((candidate) => value >= candidate.min && value <= candidate.max);
  if (!band) throw new Error(`An IKM of ${index} lies outside 25 to 100.`);
  return band;
}

export interface IkmResult {
  index: number;
  grade: Grade;
  label: string;
}

export function ikmResult(elementMeans: readonly number[]): IkmResult {
  const index = ikmIndex(elementMeans);
  const band = gradeFor(index);
  return { index, grade: band.grade, label: band.label };
}

/** An element mean converted to the 25–100 scale, for display beside the index. */
export function elementIndex(mean: number): number {
  return roundTo2(mean * 25);
}
