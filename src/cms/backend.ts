/**
 * Where the editor saves: read from environment variables when the site is built, so an
 * office switches Git hosts without touching code. With no variables set, /admin works only
 * on this computer, through `npm start`, whose server answers the editor's saving API on the
 * portal's own address and writes into content/ of the working copy (src/local-editing).
 *
 *   CMS_BACKEND            github | gitlab | gitea | forgejo   (unset: local editing only)
 *   CMS_REPO               owner/name of the repository
 *   CMS_BRANCH             branch the site is built from (default main)
 *   CMS_BASE_URL           GitHub: address of the OAuth helper; Gitea: address of the server
 *   CMS_API_ROOT           GitLab/Gitea/Forgejo (self-hosted): API address, e.g. https://git.example.go.id/api/v1
 *   CMS_APP_ID             GitLab/Gitea/Forgejo: the OAuth application's client id
 *   CMS_EDITORIAL_WORKFLOW true (default) | false: drafts → in review → ready before publishing
 *
 * No address of the local editing server is read here: the editor page finds it on its own
 * origin at run time, so a build never holds a port.
 */
import { z } from 'zod';
import { EDITING_API_PATH } from '../local-editing/api-path.ts';
import { cms } from '../strings/cms.ts';

/** The commit status carrying a draft's preview address (the pipelines set it; see docs/publishing.md). */
export const PREVIEW_STATUS_NAME = 'portal/deploy-pratinjau';

export const BACKEND_NAMES = ['github', 'gitlab', 'gitea', 'forgejo'] as const;
export type BackendName = (typeof BACKEND_NAMES)[number];

/** Decap's Gitea backend refuses the editorial workflow; the others support it. */
const WORKFLOW_BACKENDS: readonly BackendName[] = ['github', 'gitlab', 'forgejo'];

export interface BackendSettings {
  backend: Record<string, string>;
  publishMode: 'simple' | 'editorial_workflow';
}

const url = z.url({ protocol: /^https?$/ });
const environmentSchema = z.object({
  CMS_BACKEND: z.enum(BACKEND_NAMES).optional(),
  CMS_REPO: z.string().regex(/^[\w.-]+(\/[\w.-]+)+$/, { error: cms.backendSettings.repoFormat }).optional(),
  CMS_BRANCH: z.string().min(1).default('main'),
  CMS_BASE_URL: url.optional(),
  CMS_API_ROOT: url.optional(),
  CMS_APP_ID: z.string().min(1).optional(),
  CMS_EDITORIAL_WORKFLOW: z.enum(['true', 'false']).optional(),
});

/** Reads the backend settings; throws one error listing every variable that needs fixing. */
export function backendFromEnvironment(environment: Record<string, string | undefined>): BackendSettings {
  const relevant = Object.fromEntries(
    Object.keys(environmentSchema.shape).map((key) => [key, environment[key] === '' ? undefined : environment[key]]),
  );
  const parsed = environmentSchema.safeParse(relevant);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  if (!parsed.success) throw settingsError(problems);
  const env = parsed.data;
  const wantsWorkflow = env.CMS_EDITORIAL_WORKFLOW !== 'false';

  if (!env.CMS_BACKEND) {
    // Decap's proxy backend takes a root-relative address: the page's own origin.
    return { backend: { name: 'proxy', proxy_url: EDITING_API_PATH, branch: env.CMS_BRANCH }, publishMode: 'simple' };
  }

  const name = env.CMS_BACKEND;
  const need = (key: keyof typeof env, why: string) => {
    if (!env[key]) problems.push(cms.backendSettings.required(key, name, why));
  };
  need('CMS_REPO', cms.backendSettings.repoWhy);
  if (name === 'gitlab' || name === 'gitea' || name === 'forgejo') need('CMS_APP_ID', cms.backendSettings.appIdWhy);
  if (name === 'gitea' || name === 'forgejo') need('CMS_API_ROOT', cms.backendSettings.apiRootWhy);
  if (env.CMS_EDITORIAL_WORKFLOW === 'true' && !WORKFLOW_BACKENDS.includes(name)) {
    problems.push(cms.backendSettings.noWorkflow(name));
  }
  if (problems.length) throw settingsError(problems);

  const backend: Record<string, string> = { name, repo: env.CMS_REPO!, branch: env.CMS_BRANCH };
  if (env.CMS_API_ROOT) backend.api_root = env.CMS_API_ROOT;
  if (env.CMS_APP_ID) backend.app_id = env.CMS_APP_ID;
  if (name === 'gitlab') backend.auth_type = 'pkce';
  // The pipelines publish each draft's preview and name its commit status this way
  // (scripts/publish/host-api.ts); Decap's "Lihat pratinjau" opens the status's address.
  if (name === 'github' || name === 'gitlab') backend.preview_context = PREVIEW_STATUS_NAME;
  if (env.CMS_BASE_URL) backend.base_url = env.CMS_BASE_URL;
  else if (name === 'gitea') backend.base_url = env.CMS_API_ROOT!.replace(/\/api\/v\d+\/?$/, '');
  const publishMode = wantsWorkflow && WORKFLOW_BACKENDS.includes(name) ? 'editorial_workflow' : 'simple';
  return { backend, publishMode };
}

function settingsError(problems: string[]): Error {
  return new Error(cms.backendSettings.invalid(problems));
}

/**
 * The Git host the security headers must let /admin/ reach, from the same variables: a
 * backend name for github.com and gitlab.com, otherwise the self-hosted server's address.
 * Without a configured host the editor works locally only; "github" keeps the default policy.
 */
export function cmsGitHost(environment: Record<string, string | undefined>): string {
  const { backend } = backendFromEnvironment(environment);
  if (backend.api_root) return new URL(backend.api_root).origin;
  return backend.name === 'gitlab' ? 'gitlab' : 'github';
}
