/**
 * The rows under the header, read into respondents. An answer that is blank or not a score is
 * left out of its element (and counted there); a row with no valid score at all is not a
 * respondent. Wholly empty rows (spacing, the end of a sheet) are not rows at all.
 */
import { IKM_ELEMENT_KEYS, type IkmElement } from '../../../schema/surveys.ts';
import { readProfileAnswer } from '../profile-labels.ts';
import { readScore, type SheetCell } from '../scores.ts';
import type { Score, SurveyResponse } from '../types.ts';
import type { ColumnMatch } from './columns.ts';
import type { RowProblem } from './problems.ts';

export interface ReadResponses {
  responses: SurveyResponse[];
  /** Rows with anything in them under the header. */
  rowsRead: number;
  problems: RowProblem[];
}

const isEmptyCell = (cell: SheetCell) => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

export function readResponses(rows: readonly (readonly SheetCell[])[], headerIndex: number, columns: readonly ColumnMatch[]): ReadResponses {
  const elementColumns = columns.flatMap((column) => (column.role.kind === 'element' ? [{ column, element: column.role.element }] : []));
  const responses: SurveyResponse[] = [];
  const problems: RowProblem[] = [];
  let rowsRead = 0;
  for (let index = headerIndex + 1; index < rows.length; index++) {
    const cells = rows[index]!;
    if (cells.every(isEmptyCell)) continue;
    rowsRead += 1;
    const row = index + 1;
    const scores = Object.fromEntries(IKM_ELEMENT_KEYS.map((key) => [key, null])) as Record<IkmElement, Score | null>;
    const answerProblems: RowProblem[] = [];
    for (const { column, element } of elementColumns) {
      const reading = readScore(cells[column.index], element);
      if (reading.kind === 'valid') scores[element] = reading.score;
      else if (reading.kind === 'out-of-range') answerProblems.push({ kind: 'out-of-range', row, letter: column.letter, header: column.header, value: reading.value });
      else if (reading.kind === 'not-a-number') answerProblems.push({ kind: 'not-a-number', row, letter: column.letter, header: column.header, text: reading.text });
    }
    if (IKM_ELEMENT_KEYS.every((key) => scores[key] === null)) {
      problems.push(...answerProblems, { kind: 'rejected-row', row, reason: answerProblems.length ? 'no-valid' : 'all-blank' });
      continue;
    }
    problems.push(...answerProblems);
    const response: SurveyResponse = { row, scores, profile: {} };
    for (const column of columns) {
      if (column.role.kind === 'service') {
        const answer = readProfileAnswer('service', cells[column.index]);
        if (answer.kind === 'answer') response.service = answer.label;
      } else if (column.role.kind === 'profile') {
        const answer = readProfileAnswer(column.role.question, cells[column.index]);
        if (answer.kind === 'answer') response.profile[column.role.question] = answer.label;
        else if (answer.kind === 'invalid-age') problems.push({ kind: 'invalid-age', row, letter: column.letter, text: answer.text });
      }
    }
    responses.push(response);
  }
  return { responses, rowsRead, problems };
}
