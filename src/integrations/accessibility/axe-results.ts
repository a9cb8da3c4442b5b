/** Turns axe's results into the gate's findings: one per element, with the fix axe suggests. */
import type { Result } from 'axe-core';
import type { CheckEngine, Finding } from './types.ts';

const MAX_HTML = 240;

export function shorten(html: string, max = MAX_HTML): string {
  const oneLine = html.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/** axe's summary is a heading line ("Fix any of the following:") and one line per way out. */
function readableFix(summary: string): string {
  const [heading = '', ...ways] = summary.split('\n').map((line) => line.trim()).filter(Boolean);
  return ways.length ? `${heading} ${ways.join('; ')}` : heading;
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
      fix: readableFix(node.failureSummary ?? violation.description),
      engine,
    })),
  );
}
