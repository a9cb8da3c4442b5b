/**
 * One answer sheet from bytes to what the editor confirms: the columns understood, the rows
 * read and left out (with the row and column of each problem), and, when nothing blocks it,
 * the aggregates to publish. The editor's import panel and the import command both show this
 * report before anything is written.
 */
import { IKM_ELEMENT_KEYS, type IkmElement, type ProfileQuestion, type SurveyResults } from '../../../schema/surveys.ts';
import type { ElementStats } from '../element-stats.ts';
import { buildResults, type ResultsNotice } from '../results.ts';
import { matchColumns, type ColumnMatch, type NumberedOrder } from './columns.ts';
import type { BlockingProblem, RowProblem } from './problems.ts';
import { readResponses } from './read-responses.ts';
import { readSheetFile, type SheetRows } from './read-file.ts';

export interface SheetAnalysis {
  columns: ColumnMatch[];
  /** The header's row number as the spreadsheet shows it; undefined when the sheet is empty. */
  headerRow: number | undefined;
  rowsRead: number;
  respondents: number;
  /** Problems that stop the import; `results` is absent while there are any. */
  blocking: BlockingProblem[];
  /** Answers and rows left out; the rest still counts. */
  rowProblems: RowProblem[];
  notices: ResultsNotice[];
  /** True when bare U8/U9 headers make the element order a choice (see columns.ts). */
  hasNumberedU8U9: boolean;
  stats: Record<IkmElement, ElementStats> | undefined;
  results: SurveyResults | undefined;
}

export interface AnalyzeOptions {
  order?: NumberedOrder | undefined;
}

function emptyAnalysis(problem: BlockingProblem): SheetAnalysis {
  return { columns: [], headerRow: undefined, rowsRead: 0, respondents: 0, blocking: [problem], rowProblems: [], notices: [], hasNumberedU8U9: false, stats: undefined, results: undefined };
}

export function analyzeSheet(rows: SheetRows, options: AnalyzeOptions = {}): SheetAnalysis {
  const reading = matchColumns(rows, options.order);
  if (reading.headerIndex === -1) return emptyAnalysis({ kind: 'no-header' });
  const { responses, rowsRead, problems } = readResponses(rows, reading.headerIndex, reading.columns);
  const profile = [...new Set(reading.columns.flatMap((column) => (column.role.kind === 'profile' ? [column.role.question] : [])))] as ProfileQuestion[];
  const service = reading.columns.some((column) => column.role.kind === 'service');
  const blocking = [...reading.problems];
  const outcome = buildResults(responses, { profile, service });
  if (!blocking.length) {
    if (!responses.length) blocking.push({ kind: 'no-responses' });
    else {
      for (const element of IKM_ELEMENT_KEYS) {
        if (outcome.stats[element].valid > 0) continue;
        const column = reading.columns.find((candidate) => candidate.role.kind === 'element' && candidate.role.element === element);
        blocking.push({ kind: 'element-without-answers', element, letter: column?.letter ?? '' });
      }
    }
  }
  return {
    columns: reading.columns,
    headerRow: reading.headerIndex + 1,
    rowsRead,
    respondents: responses.length,
    blocking,
    rowProblems: problems,
    notices: outcome.notices,
    hasNumberedU8U9: reading.hasNumberedU8U9,
    stats: outcome.stats,
    results: blocking.length ? undefined : outcome.results,
  };
}

export async function analyzeSheetFile(data: ArrayBuffer, options: AnalyzeOptions = {}): Promise<SheetAnalysis> {
  const file = await readSheetFile(data);
  if ('problem' in file) return emptyAnalysis(file.problem);
  return analyzeSheet(file.rows, options);
}
