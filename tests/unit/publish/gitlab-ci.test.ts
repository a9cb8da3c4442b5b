/**
 * The GitLab pipeline an office copies: valid against GitLab's schema (gitlab-ci-local checks
 * it), the right jobs in each situation (gitlab-ci-local evaluates the rules on a throwaway
 * repository's branches), and built, deployed and reported with the same commands the tests
 * run, with the build caches kept between runs and keyed on the lockfile.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../../helpers/paths.ts';

const GITLAB = '.gitlab-ci.yml';
const read = (path: string) => readFileSync(join(projectRoot, path), 'utf8');

describe('GitLab CI', () => {
  const gitlabCiLocal = join(projectRoot, 'node_modules/.bin/gitlab-ci-local');
  let repo: string;

  /** A throwaway repository holding the pipeline file, on the given branch. */
  function repository(file: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'portal-gitlab-ci-'));
    writeFileSync(join(dir, GITLAB), file);
    const git = (...args: string[]) => spawnSync('git', args, { cwd: dir, encoding: 'utf8' });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('-c', 'user.email=ci@contoh.go.id', '-c', 'user.name=CI', 'commit', '-qm', 'pipeline');
    return dir;
  }

  /** The jobs that would run; the schema is checked once, by the first test. */
  function listJobs(dir: string, branch: string, variables: Record<string, string> = {}): Promise<string[]> {
    return new Promise((resolve, reject) => {
      const worktree = mkdtempSync(join(tmpdir(), 'portal-gitlab-ci-branch-'));
      spawnSync('git', ['clone', '-q', dir, worktree]);
      spawnSync('git', ['checkout', '-q', '-B', branch], { cwd: worktree });
      const args = ['--list-json', '--no-json-schema-validation', '--ignore-predefined-vars', 'CI_PIPELINE_SOURCE', ...Object.entries(variables).flatMap(([key, value]) => ['--variable', `${key}=${value}`])];
      const child = spawn(gitlabCiLocal, args, { cwd: worktree, env: { ...process.env, NO_COLOR: '1' } });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('error', reject);
      child.on('exit', () => {
        rmSync(worktree, { recursive: true, force: true });
        try {
          const jobs = JSON.parse(output.slice(output.indexOf('['))) as { name: string; when: string }[];
          resolve(jobs.filter((job) => job.when !== 'never').map((job) => `${job.name}:${job.when}`));
        } catch {
          reject(new Error(`gitlab-ci-local said:\n${output}`));
        }
      });
    });
  }

  beforeAll(() => {
    repo = repository(read(GITLAB));
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  // gitlab-ci-local starts a Node program of its own per run: seconds each, minutes on a busy machine.
  test("is valid against GitLab's schema, and a mistake would not be", { timeout: 300_000 }, () => {
    const valid = spawnSync(gitlabCiLocal, ['--list'], { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(valid.status, valid.stderr).toBe(0);
    expect(`${valid.stdout}${valid.stderr}`).toContain('json schema validated');
    const brokenRepo = repository(read(GITLAB).replace('stage: publish\n  rules:', 'stage: publish\n  rulez:'));
    try {
      const broken = spawnSync(gitlabCiLocal, ['--list'], { cwd: brokenRepo, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(broken.status).not.toBe(0);
    } finally {
      rmSync(brokenRepo, { recursive: true, force: true });
    }
  });

  test('runs the right jobs: Pages or the server on the publishing branch and its schedule, previews on drafts, nothing elsewhere', async () => {
    const [pages, server, draft, other, ownBranch] = await Promise.all([
      listJobs(repo, 'main'),
      listJobs(repo, 'main', { PORTAL_DEPLOY: 'server' }),
      listJobs(repo, 'cms/news/kelas-label'),
      listJobs(repo, 'fitur-baru', { CMS_BRANCH: 'terbit' }),
      listJobs(repo, 'terbit', { CMS_BRANCH: 'terbit', CI_PIPELINE_SOURCE: 'schedule' }),
    ]);
    expect(pages).toEqual(['pages:on_success']);
    expect(server).toEqual(['server-kantor:on_success']);
    expect(draft).toEqual(['pratinjau:on_success', 'hapus-pratinjau:manual']);
    expect(other).toEqual([]);
    expect(ownBranch).toEqual(['pages:on_success']);
  }, 300_000);

  test('builds with the set-up path, keeps the build caches keyed on the lockfile, deploys with npm run deploy and reports failures', () => {
    const pipeline = parse(read(GITLAB), { merge: true }) as Record<string, { script?: unknown[]; allow_failure?: { exit_codes: number[] }; artifacts?: { paths?: string[] } }> & {
      default: { before_script: string[]; after_script: string[]; cache: { key: { files: string[] }; paths: string[] }[] };
    };
    expect(pipeline.default.before_script).toEqual(['bash scripts/setup.sh --publish']);
    const buildCache = pipeline.default.cache.find((cache) => cache.paths.includes('node_modules/.astro/'));
    expect(buildCache?.paths).toContain('node_modules/.cache/');
    expect(buildCache?.key.files).toEqual(['package-lock.json']);
    expect(pipeline.default.after_script.join(' ')).toContain('node scripts/report-build.ts --host gitlab --failed build.log');
    const script = (job: string) => JSON.stringify(pipeline[job]?.script);
    for (const job of ['pages', 'server-kantor', 'pratinjau']) expect(script(job), job).toContain('npm run build 2>&1 | tee build.log');
    expect(script('server-kantor')).toContain('npm run deploy -- \\"$PORTAL_DEPLOY_TARGET\\"');
    expect(script('pratinjau')).toContain('npm run deploy -- --preview --keep 2');
    expect(pipeline['pages']?.allow_failure?.exit_codes).toEqual([78]);
    expect(pipeline['pages']?.artifacts?.paths).toEqual(['public']);
  });
});
