/**
 * What the pipelines send to each Git host: commit statuses named the way Decap expects
 * (the preview status matches its preview_context; the build's own verdict does not contain
 * "deploy"), comments on the draft's pull/merge request or on the commit, with each host's
 * own variables, paths, fields and authentication. Then scripts/report-build.ts for real,
 * against a local server standing in for GitHub's API, records what it sends.
 */
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  changeCommentRequest,
  changeNumber,
  CHECK_STATUS,
  commitCommentRequest,
  hostContext,
  openChangeRequest,
  PREVIEW_STATUS,
  statusRequest,
} from '../../../scripts/publish/host-api.ts';
import { previewName, previewUrl } from '../../../scripts/publish/preview-address.ts';
import { backendFromEnvironment } from '../../../src/cms/backend.ts';
import { projectRoot } from '../../helpers/paths.ts';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const github = hostContext('github', {
  GITHUB_TOKEN: 'ghs_rahasia',
  GITHUB_REPOSITORY: 'balai-pom/portal',
  GITHUB_SHA: SHA,
  GITHUB_REF_NAME: 'cms/news/kelas-label',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: 'https://api.github.com',
  GITHUB_RUN_ID: '42',
})!;
const gitlab = hostContext('gitlab', {
  PORTAL_GITLAB_TOKEN: 'glpat-rahasia',
  CI_API_V4_URL: 'https://gitlab.contoh.go.id/api/v4',
  CI_PROJECT_ID: '17',
  CI_COMMIT_SHA: SHA,
  CI_COMMIT_REF_NAME: 'cms/news/kelas-label',
  CI_PIPELINE_URL: 'https://gitlab.contoh.go.id/balai/portal/-/pipelines/9',
})!;
const forgejo = hostContext('forgejo', {
  GITHUB_TOKEN: 'rahasia',
  GITHUB_REPOSITORY: 'balai/portal',
  GITHUB_SHA: SHA,
  GITHUB_REF_NAME: 'cms/news/kelas-label',
  GITHUB_SERVER_URL: 'https://git.contoh.go.id',
  GITHUB_RUN_NUMBER: '7',
})!;

describe('commit statuses', () => {
  const failed = { state: 'failure' as const, context: CHECK_STATUS, description: 'Gagal: Pemeriksaan isi.', targetUrl: 'https://run.example/42' };

  test('GitHub: POST /repos/:repo/statuses/:sha with a bearer token', () => {
    expect(statusRequest(github, failed)).toMatchObject({
      method: 'POST',
      url: `https://api.github.com/repos/balai-pom/portal/statuses/${SHA}`,
      headers: { Authorization: 'Bearer ghs_rahasia' },
      body: { state: 'failure', context: 'portal/pemeriksaan', description: 'Gagal: Pemeriksaan isi.', target_url: 'https://run.example/42' },
    });
    expect(github.runUrl).toBe('https://github.com/balai-pom/portal/actions/runs/42');
  });

  test('GitLab: POST /projects/:id/statuses/:sha, "failed", a name and the branch', () => {
    expect(statusRequest(gitlab, failed)).toMatchObject({
      url: `https://gitlab.contoh.go.id/api/v4/projects/17/statuses/${SHA}`,
      headers: { 'PRIVATE-TOKEN': 'glpat-rahasia' },
      body: { state: 'failed', name: 'portal/pemeriksaan', ref: 'cms/news/kelas-label', target_url: 'https://run.example/42' },
    });
  });

  test("Forgejo: Gitea's API at the server's /api/v1, with a token header", () => {
    expect(statusRequest(forgejo, failed)).toMatchObject({
      url: `https://git.contoh.go.id/api/v1/repos/balai/portal/statuses/${SHA}`,
      headers: { Authorization: 'token rahasia' },
      body: { state: 'failure', context: 'portal/pemeriksaan' },
    });
    expect(forgejo.runUrl).toBe('https://git.contoh.go.id/balai/portal/actions/runs/7');
  });

  test("Decap finds the preview by the status its config names, and only by that one", () => {
    expect(PREVIEW_STATUS).toContain('deploy');
    expect(CHECK_STATUS).not.toContain('deploy');
    for (const name of ['github', 'gitlab'] as const) {
      const settings = backendFromEnvironment({ CMS_BACKEND: name, CMS_REPO: 'balai/portal', CMS_APP_ID: 'id-aplikasi' });
      expect(settings.backend['preview_context']).toBe(PREVIEW_STATUS);
    }
  });

  test('no token, no context: the report is still printed, nothing is sent', () => {
    expect(hostContext('github', { GITHUB_REPOSITORY: 'a/b', GITHUB_SHA: SHA, GITHUB_SERVER_URL: 'https://github.com' })).toBeUndefined();
    expect(hostContext('gitlab', { CI_API_V4_URL: 'https://gitlab.com/api/v4', CI_PROJECT_ID: '1', CI_COMMIT_SHA: SHA })).toBeUndefined();
  });
});

describe('comments', () => {
  test("on the draft's pull/merge request, found by its branch", () => {
    expect(openChangeRequest(github).url).toBe('https://api.github.com/repos/balai-pom/portal/pulls?state=open&head=balai-pom:cms%2Fnews%2Fkelas-label');
    expect(openChangeRequest(gitlab).url).toBe('https://gitlab.contoh.go.id/api/v4/projects/17/merge_requests?state=opened&source_branch=cms%2Fnews%2Fkelas-label');
    expect(changeNumber(github, [{ number: 12 }])).toBe(12);
    expect(changeNumber(gitlab, [{ iid: 5, id: 900 }])).toBe(5);
    expect(changeNumber(forgejo, [{ number: 3, head: { ref: 'cms/news/lain' } }, { number: 4, head: { ref: 'cms/news/kelas-label' } }])).toBe(4);
    expect(changeNumber(github, [])).toBeUndefined();
    expect(changeCommentRequest(github, 12, 'Laporan')).toMatchObject({ url: 'https://api.github.com/repos/balai-pom/portal/issues/12/comments', body: { body: 'Laporan' } });
    expect(changeCommentRequest(gitlab, 5, 'Laporan')).toMatchObject({ url: 'https://gitlab.contoh.go.id/api/v4/projects/17/merge_requests/5/notes', body: { body: 'Laporan' } });
  });

  test('or on the commit, where the host has commit comments', () => {
    expect(commitCommentRequest(github, 'Laporan')).toMatchObject({ url: `https://api.github.com/repos/balai-pom/portal/commits/${SHA}/comments`, body: { body: 'Laporan' } });
    expect(commitCommentRequest(gitlab, 'Laporan')).toMatchObject({ url: `https://gitlab.contoh.go.id/api/v4/projects/17/repository/commits/${SHA}/comments`, body: { note: 'Laporan' } });
    expect(commitCommentRequest(forgejo, 'Laporan')).toBeUndefined();
  });
});

describe('preview addresses', () => {
  test("a draft's branch becomes one host-name label", () => {
    expect(previewName('cms/news/kelas-label-pangan-2027')).toBe('news-kelas-label-pangan-2027');
    expect(previewName('cms/forums/FKP_2027 Ulang')).toBe('forums-fkp-2027-ulang');
    const long = previewName(`cms/news/${'a'.repeat(80)}`);
    expect(long).toMatch(/^[a-z0-9-]{1,63}$/);
    expect(long).not.toBe(previewName(`cms/news/${'a'.repeat(81)}`));
  });

  test('only drafts get previews, and only at an address made from the template', () => {
    expect(() => previewName('main')).toThrow(/bukan draf editor/);
    expect(previewUrl('https://{branch}.pratinjau.contoh.go.id', 'news-x')).toBe('https://news-x.pratinjau.contoh.go.id/');
    for (const bad of ['', 'https://pratinjau.contoh.go.id/', 'ftp://{branch}.contoh.go.id/', 'https://{branch}.contoh.go.id/?q=$(id)', 'https://{branch}.{branch}.id/']) {
      expect(() => previewUrl(bad, 'news-x'), bad).toThrow(/PORTAL_PREVIEW_URL/);
    }
  });
});

describe('scripts/report-build.ts against a stand-in for GitHub', () => {
  async function runAgainstStandIn(args: string[], openPulls: unknown[]) {
    const received: { method: string; url: string; body: unknown }[] = [];
    const server = createServer((request: IncomingMessage, response) => {
      let text = '';
      request.on('data', (chunk: Buffer) => (text += chunk.toString()));
      request.on('end', () => {
        received.push({ method: request.method ?? '', url: request.url ?? '', body: text ? JSON.parse(text) : undefined });
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify(request.method === 'GET' ? openPulls : { id: 1 }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const env = { ...process.env, GITHUB_TOKEN: 't', GITHUB_REPOSITORY: 'balai/portal', GITHUB_SHA: SHA, GITHUB_REF_NAME: 'cms/news/x', GITHUB_SERVER_URL: 'https://github.com', GITHUB_API_URL: api, GITHUB_RUN_ID: '42', GITHUB_STEP_SUMMARY: '' };
    const child = spawn(join(projectRoot, 'node_modules/.bin/node'), [join(projectRoot, 'scripts/report-build.ts'), '--host', 'github', ...args], { cwd: projectRoot, env });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    await new Promise((resolve) => server.close(resolve));
    return { code, output, received };
  }

  test('a failed preview: failing statuses, and the report as a comment on the pull request', async () => {
    const { code, output, received } = await runAgainstStandIn(['--failed', 'tests/fixtures/build-logs/content-check-failed.log', '--preview'], [{ number: 8 }]);
    expect(code, output).toBe(0);
    expect(received.map((request) => `${request.method} ${request.url.replace(/\?.*/, '')}`)).toEqual([
      `POST /repos/balai/portal/statuses/${SHA}`,
      `POST /repos/balai/portal/statuses/${SHA}`,
      'GET /repos/balai/portal/pulls',
      'POST /repos/balai/portal/issues/8/comments',
    ]);
    expect(received[0]!.body).toMatchObject({ state: 'failure', context: CHECK_STATUS, target_url: 'https://github.com/balai/portal/actions/runs/42' });
    expect(received[1]!.body).toMatchObject({ state: 'failure', context: PREVIEW_STATUS });
    expect((received[3]!.body as { body: string }).body).toContain('**content/news/tanggal-mustahil/index.mdx**');
  });

  test('a failed change without a pull request: the comment goes on the commit', async () => {
    const { received } = await runAgainstStandIn(['--failed', 'tests/fixtures/build-logs/page-checks-failed.log'], []);
    expect(received.at(-1)?.url).toBe(`/repos/balai/portal/commits/${SHA}/comments`);
    expect(received.filter((request) => request.url.includes('/statuses/'))).toHaveLength(1);
  });

  test('a passed preview: the preview status points Decap at the preview address', async () => {
    const { received } = await runAgainstStandIn(['--passed', '--preview-url', 'https://news-x.pratinjau.contoh.go.id/'], []);
    expect(received.map((request) => request.body)).toEqual([
      expect.objectContaining({ state: 'success', context: CHECK_STATUS }),
      expect.objectContaining({ state: 'success', context: PREVIEW_STATUS, target_url: 'https://news-x.pratinjau.contoh.go.id/' }),
    ]);
  });
});
