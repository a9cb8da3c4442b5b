/**
 * Everything that can be wrong with an answer sheet, as data: the strings module turns each
 * into an Indonesian sentence naming the row and column (src/strings/survey-import.ts), and
 * the editor's import panel and the import command show them all at once.
 */
import type { IkmElement, ProfileQuestion } from '../../../schema/surveys.ts';

export type ColumnQuestion = ProfileQuestion | 'service';

/** The sheet cannot be used: nothing is computed until these are fixed. */
export type BlockingProblem =
  | { kind: 'unreadable-file'; reason: 'xls' | 'not-a-sheet' | 'broken' | 'empty' }
  | { kind: 'no-header' }
  | { kind: 'missing-element'; element: IkmElement }
  | { kind: 'duplicate-header'; header: string; letters: string[] }
  | { kind: 'element-twice'; element: IkmElement; letters: string[] }
  | { kind: 'question-twice'; question: ColumnQuestion; letters: string[] }
  | { kind: 'ambiguous-header'; letter: string; header: string; elements: IkmElement[] }
  | { kind: 'u8-u9-order-needed'; letters: string[] }
  | { kind: 'no-responses' }
  | { kind: 'element-without-answers'; element: IkmElement; letter: string };

/** One answer or row that is left out; the rest of the sheet still counts. */
export type RowProblem =
  | { kind: 'out-of-range'; row: number; letter: string; header: string; value: number }
  | { kind: 'not-a-number'; row: number; letter: string; header: string; text: string }
  | { kind: 'invalid-age'; row: number; letter: string; text: string }
  | { kind: 'rejected-row'; row: number; reason: 'all-blank' | 'no-valid' };
