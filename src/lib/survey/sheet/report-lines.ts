/**
 * An answer sheet's analysis as plain lines of Indonesian text, for the import command: what
 * was understood, then every problem, then notes. The editor's panel shows the same parts as
 * HTML (src/cms/widgets/survey-import-report.ts).
 */
import { surveyImportText as text } from '../../../strings/survey-import.ts';
import type { SheetAnalysis } from './analyze.ts';
import type { ColumnMatch } from './columns.ts';

export function roleText(column: ColumnMatch): string {
  const { role } = column;
  if (role.kind === 'element') return text.roles.element(role.element);
  if (role.kind === 'profile') return text.roles.profile(role.question);
  if (role.kind === 'service') return text.roles.profile('service');
  return text.roles.ignored;
}

export function rejectedRows(analysis: SheetAnalysis): number {
  return analysis.rowProblems.filter((problem) => problem.kind === 'rejected-row').length;
}

export function excludedAnswers(analysis: SheetAnalysis): number {
  return Object.values(analysis.stats ?? {}).reduce((sum, stats) => sum + stats.excluded, 0);
}

export function summaryLines(analysis: SheetAnalysis): string[] {
  const lines: string[] = [];
  if (analysis.headerRow !== undefined) lines.push(`${text.summary.headerRow}: ${analysis.headerRow}`);
  for (const column of analysis.columns) if (column.header) lines.push(`  ${column.letter}  ${column.header} → ${roleText(column)}`);
  lines.push(`${text.summary.rowsRead}: ${analysis.rowsRead}`);
  lines.push(`${text.summary.respondents}: ${analysis.respondents}`);
  lines.push(`${text.summary.rowsRejected}: ${rejectedRows(analysis)}`);
  lines.push(`${text.summary.answersExcluded}: ${excludedAnswers(analysis)}`);
  return lines;
}
