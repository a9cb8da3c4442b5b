/** Prints content problems grouped by file, errors first, in plain Indonesian. */
import type { ContentProblem } from './check-content.ts';
import { contentCheckText } from '../strings/content-check.ts';

export function formatReport(problems: readonly ContentProblem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  const byFile = new Map<string, ContentProblem[]>();
  for (const problem of [...errors, ...warnings]) {
    const list = byFile.get(problem.file) ?? [];
    list.push(problem);
    byFile.set(problem.file, list);
  }
  const lines: string[] = [];
  if (errors.length) {
    lines.push(contentCheckText.report.heading(errors.length, new Set(errors.map((problem) => problem.file)).size));
  }
  if (warnings.length) lines.push(contentCheckText.report.warnings(warnings.length));
  for (const [file, list] of byFile) {
    lines.push('', file);
    for (const problem of list.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))) {
      const where = problem.line ? `baris ${problem.line}` : '';
      const tag = problem.severity === 'warning' ? 'PERINGATAN ' : '';
      const head = [where, problem.field].filter(Boolean).join(', ');
      lines.push(`  - ${tag}${head ? `${head}: ` : ''}${problem.message}`);
      if (problem.hint) lines.push(`    Cara memperbaiki: ${problem.hint}`);
    }
  }
  return lines.join('\n');
}
