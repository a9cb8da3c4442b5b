/** Prints every violation at once, grouped by page: rule, element, how to fix it, where to read more. */
import { isAbsolute, relative } from 'node:path';
import { messages } from './messages.ts';
import type { PageFindings } from './types.ts';

export function countViolations(failing: readonly PageFindings[]): number {
  return failing.reduce((sum, { findings }) => sum + findings.length, 0);
}

/** The file relative to the project when it is inside it, else in full (a fixture built into a temporary folder). */
function displayFile(root: string, file: string): string {
  const inside = relative(root, file);
  return inside.startsWith('..') || isAbsolute(inside) ? file : inside;
}

export function formatReport(failing: readonly PageFindings[], root: string): string {
  const lines = [messages.reportHeading(countViolations(failing), failing.length)];
  for (const { page, findings } of failing) {
    lines.push('', messages.pageLabel(page, displayFile(root, page.file)));
    for (const finding of findings) {
      lines.push(
        `  - ${finding.rule} [${finding.impact}, ${messages.seenIn(finding.engine)}]: ${finding.help}`,
        `    ${messages.element}: ${finding.target}`,
        `      ${finding.html}`,
        `    ${messages.fix}: ${finding.fix}`,
        `    ${messages.reference}: ${finding.helpUrl}`,
      );
    }
  }
  return lines.join('\n');
}
