/**
 * Which axe rules run where. The target is WCAG 2.2 level AA, so every A and AA rule of WCAG
 * 2.0, 2.1 and 2.2 runs, plus axe's best practices.
 */
import type { RunOptions } from 'axe-core';
import { ACCEPTED_FINDINGS, DISABLED_RULES, RULES_NEEDING_RENDERING, type AcceptedFinding } from './accepted.ts';
import type { Finding } from './types.ts';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'] as const;

function switchedOff(rules: readonly { rule: string }[]): Record<string, { enabled: false }> {
  return Object.fromEntries(rules.map(({ rule }) => [rule, { enabled: false }]));
}

/** axe options for the pass over every page in jsdom. */
export function jsdomRunOptions(): RunOptions {
  return {
    runOnly: { type: 'tag', values: [...AXE_TAGS] },
    rules: switchedOff([...RULES_NEEDING_RENDERING, ...DISABLED_RULES]),
    resultTypes: ['violations'],
  };
}

/**
 * axe options in Chromium. At build time only the rules jsdom cannot answer run there (the
 * jsdom pass has done the rest, on every page); the test suite runs every rule in Chromium.
 */
export function browserRunOptions(scope: 'rendering' | 'all' = 'all'): RunOptions {
  if (scope === 'rendering') {
    const disabled = new Set(DISABLED_RULES.map(({ rule }) => rule));
    return {
      runOnly: { type: 'rule', values: RULES_NEEDING_RENDERING.map(({ rule }) => rule).filter((rule) => !disabled.has(rule)) },
      resultTypes: ['violations'],
    };
  }
  return {
    runOnly: { type: 'tag', values: [...AXE_TAGS] },
    rules: switchedOff(DISABLED_RULES),
    resultTypes: ['violations'],
  };
}

function appliesToPage(accepted: AcceptedFinding, path: string): boolean {
  return accepted.page.endsWith('*') ? path.startsWith(accepted.page.slice(0, -1)) : accepted.page === path;
}

/** Drops the findings listed in accepted.ts for this page. */
export function withoutAccepted(path: string, findings: Finding[], accepted: readonly AcceptedFinding[] = ACCEPTED_FINDINGS): Finding[] {
  return findings.filter(
    (finding) =>
      !accepted.some(
        (entry) => entry.rule === finding.rule && appliesToPage(entry, path) && (entry.target === undefined || entry.target === finding.target),
      ),
  );
}

/** Changes whenever what is checked changes, so cached results of an older setup are not reused. */
export function rulesFingerprint(): string {
  return JSON.stringify({ AXE_TAGS, RULES_NEEDING_RENDERING, DISABLED_RULES });
}
