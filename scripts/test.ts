/**
 * The whole test suite, in the order a failure is cheapest to find:
 * type check, content check, full build into a temporary folder swapped into dist/ only when
 * complete (every gate runs inside it), then vitest
 * (unit, component, build-output and real-browser tests against the fresh build).
 * Ends with one line "N passed, N failed" counted from vitest's JSON report.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { parse } from 'yaml';
import { todayIn } from '../src/lib/publishing.ts';

interface Step {
  name: string;
  command: string;
  args: string[];
}

const steps: Step[] = [
  { name: 'astro check', command: 'astro', args: ['check', '--minimumSeverity', 'warning'] },
  { name: 'content check', command: 'node', args: ['scripts/check-content.ts'] },
  { name: 'build', command: 'node', args: ['scripts/build.ts'] },
  { name: 'vitest', command: 'vitest', args: ['run', '--reporter=default', '--reporter=json', '--outputFile.json=.cache/vitest-report.json'] },
];

/**
 * One "today" for the build and the tests that check what it published, so a run that crosses
 * midnight in the office's zone cannot disagree with itself.
 */
const settings = parse(readFileSync('content/settings/office.yaml', 'utf8')) as { office?: { timeZone?: 'WIB' | 'WITA' | 'WIT' } };
const env = { ...process.env, PORTAL_TODAY: process.env.PORTAL_TODAY ?? todayIn(settings.office?.timeZone ?? 'WIB') };

const report = '.cache/vitest-report.json';
rmSync(report, { force: true });

for (const step of steps) {
  const started = Date.now();
  console.log(`\n▶ ${step.name}`);
  const result = spawnSync(step.command, step.args, { stdio: 'inherit', env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✗ ${step.name} gagal setelah ${seconds} s.`);
    summarize();
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${step.name} (${seconds} s)`);
}
summarize();

function summarize(): void {
  if (!existsSync(report)) return;
  const json = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number };
  console.log(`\n${json.numPassedTests} passed, ${json.numFailedTests} failed`);
}
