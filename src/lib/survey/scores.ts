/**
 * One cell of an element column read as a score. A score is a whole number from 1 to 4 (as a
 * number, as text such as "4" or "4,0", as the questionnaire's letter a–d or its words);
 * anything else is excluded from the element's mean and reported with its reason.
 */
import type { IkmElement } from '../../schema/surveys.ts';
import { scoreFromWords } from './answer-labels.ts';
import type { Score } from './types.ts';

export type SheetCell = string | number | boolean | Date | null | undefined;

export type ScoreReading =
  | { kind: 'valid'; score: Score }
  | { kind: 'blank' }
  /** A number that is not a whole 1–4, e.g. 5, 0 or 3,5. */
  | { kind: 'out-of-range'; value: number }
  /** Text (or a date, a yes/no) where a score belongs. */
  | { kind: 'not-a-number'; text: string };

const isScore = (value: number): value is Score => value === 1 || value === 2 || value === 3 || value === 4;

export function readScore(cell: SheetCell, element: IkmElement): ScoreReading {
  if (cell === null || cell === undefined) return { kind: 'blank' };
  if (typeof cell === 'number') return isScore(cell) ? { kind: 'valid', score: cell } : { kind: 'out-of-range', value: cell };
  if (typeof cell === 'boolean') return { kind: 'not-a-number', text: cell ? 'TRUE' : 'FALSE' };
  if (cell instanceof Date) return { kind: 'not-a-number', text: cell.toISOString().slice(0, 10) };
  const text = cell.trim();
  if (text === '' || text === '-') return { kind: 'blank' };
  if (/^[+-]?\d+([.,]\d+)?$/.test(text)) {
    const value = Number(text.replace(',', '.'));
    return isScore(value) ? { kind: 'valid', score: value } : { kind: 'out-of-range', value };
  }
  const fromWords = scoreFromWords(element, text);
  return fromWords ? { kind: 'valid', score: fromWords } : { kind: 'not-a-number', text };
}
