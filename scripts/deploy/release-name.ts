/**
 * A release's folder name: its UTC time to the millisecond, so names sort in the order the
 * releases were made (the server script relies on that for pruning and rollback), and the
 * commit it was built from when the pipeline says, so a person reading the server's folder
 * knows which version is which.
 */
export const RELEASE_NAME = /^\d{8}-\d{6}-\d{3}(?:-[0-9a-f]{7,12})?$/;

export function releaseName(now: Date, commit?: string | undefined): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').replace('.', '-').replace('Z', '');
  const short = commit && /^[0-9a-f]{7,40}$/i.test(commit) ? `-${commit.slice(0, 7).toLowerCase()}` : '';
  return `${stamp}${short}`;
}

/** The commit a CI job builds, from the variables GitHub, GitLab and Forgejo set. */
export function commitOf(env: Record<string, string | undefined>): string | undefined {
  return env['GITHUB_SHA'] ?? env['CI_COMMIT_SHA'];
}
