/** Git host backends are chosen by environment variables; mistakes fail the build with a clear list. */
import { describe, expect, it } from 'vitest';
import { backendFromEnvironment, cmsGitHost } from '../../src/cms/backend.ts';

describe('CMS backend settings', () => {
  it('edits the working copy through the local editing API on the page\'s own origin when no host is configured', () => {
    const settings = backendFromEnvironment({});
    expect(settings.backend).toEqual({ name: 'proxy', proxy_url: '/admin/api/v1', branch: 'main' });
    // No port or host of a local server is part of the build, whatever the environment says.
    expect(JSON.stringify(backendFromEnvironment({ DECAP_SERVER_PORT: '9123', PORT: '4000' }))).not.toMatch(/9123|4000|127\.0\.0\.1|localhost/);
  });

  it('GitHub: repository, branch, OAuth helper, editorial workflow on by default', () => {
    const settings = backendFromEnvironment({ CMS_BACKEND: 'github', CMS_REPO: 'bpom-bengkulu/portal', CMS_BASE_URL: 'https://oauth.contoh.go.id' });
    expect(settings.backend).toEqual({ name: 'github', repo: 'bpom-bengkulu/portal', branch: 'main', base_url: 'https://oauth.contoh.go.id', preview_context: 'portal/deploy-pratinjau' });
    expect(settings.publishMode).toBe('editorial_workflow');
  });

  it('GitLab: PKCE login with the application id, self-hosted API root', () => {
    const settings = backendFromEnvironment({ CMS_BACKEND: 'gitlab', CMS_REPO: 'humas/portal', CMS_APP_ID: 'abc123', CMS_API_ROOT: 'https://gitlab.contoh.go.id/api/v4' });
    expect(settings.backend).toMatchObject({ name: 'gitlab', auth_type: 'pkce', app_id: 'abc123', api_root: 'https://gitlab.contoh.go.id/api/v4' });
    expect(settings.publishMode).toBe('editorial_workflow');
  });

  it('Gitea: server address derived from the API root; publishes directly (Decap has no workflow for Gitea)', () => {
    const settings = backendFromEnvironment({ CMS_BACKEND: 'gitea', CMS_REPO: 'humas/portal', CMS_APP_ID: 'id-1', CMS_API_ROOT: 'https://git.contoh.go.id/api/v1' });
    expect(settings.backend).toMatchObject({ name: 'gitea', base_url: 'https://git.contoh.go.id', app_id: 'id-1' });
    expect(settings.publishMode).toBe('simple');
  });

  it('Forgejo: editorial workflow available', () => {
    const settings = backendFromEnvironment({ CMS_BACKEND: 'forgejo', CMS_REPO: 'humas/portal', CMS_APP_ID: 'id-1', CMS_API_ROOT: 'https://codeberg.org/api/v1' });
    expect(settings.publishMode).toBe('editorial_workflow');
  });

  it('can turn the editorial workflow off', () => {
    expect(backendFromEnvironment({ CMS_BACKEND: 'github', CMS_REPO: 'a/b', CMS_EDITORIAL_WORKFLOW: 'false' }).publishMode).toBe('simple');
  });

  it('lists every missing or wrong variable at once, with the fix', () => {
    expect(() => backendFromEnvironment({ CMS_BACKEND: 'gitea', CMS_EDITORIAL_WORKFLOW: 'true' })).toThrow(
      /CMS_REPO: wajib diisi[\s\S]*CMS_APP_ID: wajib diisi[\s\S]*CMS_API_ROOT: wajib diisi[\s\S]*CMS_EDITORIAL_WORKFLOW[\s\S]*docs\/editor\.md/,
    );
    expect(() => backendFromEnvironment({ CMS_BACKEND: 'bitbucket' })).toThrow(/CMS_BACKEND/);
    expect(() => backendFromEnvironment({ CMS_BACKEND: 'github', CMS_REPO: 'a/b', CMS_BASE_URL: 'javascript:alert(1)' })).toThrow(/CMS_BASE_URL/);
  });
});

describe('Git host for the security headers of /admin/', () => {
  it('follows the CMS backend settings', () => {
    expect(cmsGitHost({})).toBe('github');
    expect(cmsGitHost({ CMS_BACKEND: 'gitlab', CMS_REPO: 'a/b', CMS_APP_ID: 'x' })).toBe('gitlab');
    expect(cmsGitHost({ CMS_BACKEND: 'gitea', CMS_REPO: 'a/b', CMS_APP_ID: 'x', CMS_API_ROOT: 'https://git.contoh.go.id/api/v1' })).toBe('https://git.contoh.go.id');
  });
});
