/** Prints built-site problems grouped by page, errors first, each with its fix. */
import { hosting as t } from '../strings/hosting.ts';
import type { SiteProblem } from './check-site.ts';

export function formatSiteReport(problems: readonly SiteProblem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error');
  const warnings = problems.filter((problem) => problem.severity === 'warning');
  const lines: string[] = [];
  if (errors.length) lines.push(t.siteCheck.heading(errors.length, new Set(errors.map((problem) => problem.page)).size));
  if (warnings.length) lines.push(t.siteCheck.warningsOnly(warnings.length));
  const byPage = new Map<string, SiteProblem[]>();
  for (const problem of [...errors, ...warnings]) byPage.set(problem.page, [...(byPage.get(problem.page) ?? []), problem]);
  for (const [page, list] of byPage) {
    lines.push('', page);
    for (const problem of list) {
      const tag = problem.severity === 'warning' ? t.siteCheck.warningTag : '';
      const where = problem.mentions?.length ? ` (${problem.mentions.map((mention) => t.siteCheck.mentionedIn(mention.file, mention.line)).join('; ')})` : '';
      lines.push(`  - ${tag}${problem.message}${where}`);
      lines.push(`    ${t.siteCheck.fixLabel}: ${problem.hint}`);
    }
  }
  return lines.join('\n');
}
