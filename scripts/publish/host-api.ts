/**
 * What the pipelines tell the Git host, as plain requests: a commit status (the line the host
 * shows beside the commit and in the pull or merge request, and where Decap reads the preview
 * address from), and a comment on the editor's pull/merge request, or on the commit when the
 * change went straight to the publishing branch. One shape per host API:
 *   GitHub   REST v3: statuses, commit comments, pull request (issue) comments
 *   GitLab   REST v4: commit statuses, commit comments, merge request notes
 *   Forgejo  Gitea's API v1: statuses and pull request comments (it has no commit comments)
 * Built apart from sending them, so each host's requests can be read and tested.
 */
import { PREVIEW_STATUS_NAME } from '../../src/cms/backend.ts';

export type HostName = 'github' | 'gitlab' | 'forgejo';
export const HOST_NAMES: readonly HostName[] = ['github', 'gitlab', 'forgejo'];

export interface HostContext {
  host: HostName;
  /** API root: https://api.github.com, https://gitlab.example/api/v4, https://git.example/api/v1. */
  api: string;
  /** owner/name (GitHub, Forgejo) or the numeric project id (GitLab). */
  repo: string;
  token: string;
  commit: string;
  branch: string;
  /** The pipeline run, where the whole log is. */
  runUrl?: string | undefined;
}

export interface HostRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: Record<string, string>;
}

export type StatusState = 'pending' | 'success' | 'failure';

export interface CommitStatus {
  state: StatusState;
  /** The status's name. Decap takes the one named in its preview_context as the preview. */
  context: string;
  description: string;
  targetUrl?: string | undefined;
}

/** The preview address's status: the name Decap's preview_context is set to (src/cms/backend.ts). */
export const PREVIEW_STATUS = PREVIEW_STATUS_NAME;
/** The build's own verdict: not a preview, so its name must not contain "deploy". */
export const CHECK_STATUS = 'portal/pemeriksaan';

type Env = Record<string, string | undefined>;

/** Reads the host's own CI variables; undefined when there is no token to speak with. */
export function hostContext(host: HostName, env: Env): HostContext | undefined {
  if (host === 'gitlab') {
    const token = env['PORTAL_GITLAB_TOKEN'];
    if (!token || !env['CI_API_V4_URL'] || !env['CI_PROJECT_ID'] || !env['CI_COMMIT_SHA']) return undefined;
    return {
      host,
      api: env['CI_API_V4_URL'],
      repo: env['CI_PROJECT_ID'],
      token,
      commit: env['CI_COMMIT_SHA'],
      branch: env['CI_COMMIT_REF_NAME'] ?? '',
      runUrl: env['CI_PIPELINE_URL'],
    };
  }
  const token = host === 'forgejo' ? (env['PORTAL_FORGEJO_TOKEN'] ?? env['GITHUB_TOKEN']) : env['GITHUB_TOKEN'];
  const server = env['GITHUB_SERVER_URL'];
  if (!token || !env['GITHUB_REPOSITORY'] || !env['GITHUB_SHA'] || !server) return undefined;
  const api = env['GITHUB_API_URL'] ?? (host === 'github' ? 'https://api.github.com' : `${server}/api/v1`);
  const run = host === 'github' ? env['GITHUB_RUN_ID'] : env['GITHUB_RUN_NUMBER'];
  return {
    host,
    api: api.replace(/\/+$/, ''),
    repo: env['GITHUB_REPOSITORY'],
    token,
    commit: env['GITHUB_SHA'],
    branch: env['GITHUB_REF_NAME'] ?? '',
    runUrl: run ? `${server}/${env['GITHUB_REPOSITORY']}/actions/runs/${run}` : undefined,
  };
}

function headers(context: HostContext): Record<string, string> {
  if (context.host === 'gitlab') return { 'PRIVATE-TOKEN': context.token, 'Content-Type': 'application/json' };
  if (context.host === 'forgejo') return { Authorization: `token ${context.token}`, 'Content-Type': 'application/json', Accept: 'application/json' };
  return { Authorization: `Bearer ${context.token}`, 'Content-Type': 'application/json', Accept: 'application/vnd.github+json', 'X-GitHub-Api-Version': '2022-11-28' };
}

function project(context: HostContext): string {
  return context.host === 'gitlab' ? `${context.api}/projects/${encodeURIComponent(context.repo)}` : `${context.api}/repos/${context.repo}`;
}

export function statusRequest(context: HostContext, status: CommitStatus): HostRequest {
  const target = status.targetUrl ? { target_url: status.targetUrl } : {};
  if (context.host === 'gitlab') {
    return {
      method: 'POST',
      url: `${project(context)}/statuses/${context.commit}`,
      headers: headers(context),
      body: { state: status.state === 'failure' ? 'failed' : status.state, name: status.context, description: status.description, ref: context.branch, ...target },
    };
  }
  return {
    method: 'POST',
    url: `${project(context)}/statuses/${context.commit}`,
    headers: headers(context),
    body: { state: status.state, context: status.context, description: status.description, ...target },
  };
}

/** Lists the open pull/merge requests from this branch (an editorial-workflow draft has one). */
export function openChangeRequest(context: HostContext): HostRequest {
  const branch = encodeURIComponent(context.branch);
  const url =
    context.host === 'gitlab'
      ? `${project(context)}/merge_requests?state=opened&source_branch=${branch}`
      : context.host === 'github'
        ? `${project(context)}/pulls?state=open&head=${encodeURIComponent(context.repo.split('/')[0] ?? '')}:${branch}`
        : `${project(context)}/pulls?state=open&limit=50`;
  return { method: 'GET', url, headers: headers(context) };
}

/** The number of this branch's open pull/merge request in the host's answer, if any. */
export function changeNumber(context: HostContext, answer: unknown): number | undefined {
  if (!Array.isArray(answer)) return undefined;
  const items = answer as { number?: number; iid?: number; head?: { ref?: string } }[];
  const found = context.host === 'forgejo' ? items.find((item) => item.head?.ref === context.branch) : items[0];
  return context.host === 'gitlab' ? found?.iid : found?.number;
}

export function changeCommentRequest(context: HostContext, number: number, markdown: string): HostRequest {
  if (context.host === 'gitlab') return { method: 'POST', url: `${project(context)}/merge_requests/${number}/notes`, headers: headers(context), body: { body: markdown } };
  return { method: 'POST', url: `${project(context)}/issues/${number}/comments`, headers: headers(context), body: { body: markdown } };
}

/** A comment on the commit itself; Forgejo has none, and its pipeline log and status must do. */
export function commitCommentRequest(context: HostContext, markdown: string): HostRequest | undefined {
  if (context.host === 'forgejo') return undefined;
  if (context.host === 'gitlab') return { method: 'POST', url: `${project(context)}/repository/commits/${context.commit}/comments`, headers: headers(context), body: { note: markdown } };
  return { method: 'POST', url: `${project(context)}/commits/${context.commit}/comments`, headers: headers(context), body: { body: markdown } };
}
