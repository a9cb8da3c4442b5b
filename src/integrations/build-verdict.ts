/**
 * The build's verdict on its finished pages. The checks of the finished build (page weight,
 * accessibility, links) each print their whole report and hand their failure here instead of
 * stopping the build, so one build names every problem of every check: an editor whose article
 * has a broken link and a skipped heading level learns of both at once, not of the second
 * after fixing the first. The stage graph (src/integrations/portal/stages.ts) runs it after the
 * last of those checks and before anything that only prepares a passing build for serving
 * (headers, compression); it fails the build once, naming each check that failed.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { hosting as t } from '../strings/hosting.ts';

export interface BuildVerdict {
  /** Records a check's failure; the build goes on to the other checks. */
  fail: (failure: AstroError) => void;
  integration: AstroIntegration;
}

/** One error for all failures: the failure itself when there is one, a summary of each otherwise. */
export function verdictError(failures: readonly AstroError[]): AstroError | undefined {
  if (failures.length <= 1) return failures[0];
  const checks = failures.map((failure) => ({ title: failure.message, hint: failure.hint ?? '' }));
  return new AstroError(t.verdict.failedTitle(failures.length), t.verdict.failedHint(checks));
}

export function buildVerdict(): BuildVerdict {
  let failures: AstroError[] = [];
  return {
    fail: (failure) => {
      failures.push(failure);
    },
    integration: {
      name: 'portal:verdict',
      hooks: {
        'astro:build:start': () => {
          failures = [];
        },
        'astro:build:done': () => {
          const error = verdictError(failures);
          failures = [];
          if (error) throw error;
        },
      },
    },
  };
}

/** Hands `failure` to the verdict when the build has one; stops the build at once otherwise. */
export function reportFailure(failure: AstroError, verdict: BuildVerdict | undefined): void {
  if (!verdict) throw failure;
  verdict.fail(failure);
}
