/** Turns axe's results into the gate's findings: one per element, with the fix axe suggests. */
import type { Result } from 'axe-core';
import type { CheckEngine, Finding } from './types.ts';

const MAX_HTML = 240;

export function shorten(html: string, max = MAX_HTML): string {
  const oneLine = html.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

export function findingsFromAxe(violations: readonly Result[], engine: CheckEngine): Finding[] {
  return violations.flatMap((violation) =>
    violation.nodes.map((node) => ({
      rule: violation.id,
      impact: node.impact ?? violation.impact ?? 'serious',
      help: violation.help,
      helpUrl: violation.helpUrl.replace(/\?.*$/, ''),
      target: node.target.flat().join(' '),
      html: shorten(node.html),
      fix: (node.failureSummary ?? violation.description).replace(/\s*\n\s*/g, ' ').trim(),
      engine,
    })),
  );
}
