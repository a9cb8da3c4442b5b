/**
 * The commands a deploy runs, as argument lists (never one shell string): rsync for the upload,
 * and the server script (scripts/deploy/server.sh) run with `sh` here or over SSH there. Kept
 * apart from running them so the plan can be read and tested without a server.
 */
import type { DeployTarget } from './target.ts';

export interface Command {
  program: string;
  args: string[];
  /** Text for the program's standard input (the server script, sent over SSH). */
  input?: string;
}

export interface SshSettings {
  /** PORTAL_DEPLOY_SSH_PORT, when the server's SSH is not on 22. */
  port?: string | undefined;
}

/** No password prompts in a pipeline: a missing key fails at once. Host keys are checked as usual. */
export function sshArgs(settings: SshSettings): string[] {
  return ['-o', 'BatchMode=yes', ...(settings.port ? ['-p', settings.port] : [])];
}

/** Runs one step of the server script where the releases live. */
export function serverStep(target: DeployTarget, script: { path: string; text: string }, args: readonly string[], ssh: SshSettings): Command {
  if (target.kind === 'local') return { program: 'sh', args: [script.path, ...args] };
  // The arguments join the remote command line; target.ts allows only safe characters in them.
  return { program: 'ssh', args: [...sshArgs(ssh), target.host, 'sh', '-s', '--', ...args], input: script.text };
}

/**
 * Uploads the build as a new release folder. Files equal to the live release's (by checksum:
 * every build writes its files anew, so times always differ) become hard links to them, so a
 * deploy after one changed article sends and stores little more than that article's pages.
 */
export function uploadCommand(target: DeployTarget, from: string, release: string, live: string | undefined, ssh: SshSettings): Command {
  const releases = `${target.root}/releases`;
  const destination = target.kind === 'ssh' ? `${target.host}:${releases}/${release}/` : `${releases}/${release}/`;
  return {
    program: 'rsync',
    args: [
      '--archive',
      '--checksum',
      '--delete',
      ...(live ? [`--link-dest=${releases}/${live}/`] : []),
      ...(target.kind === 'ssh' ? ['--rsh', ['ssh', ...sshArgs(ssh)].join(' ')] : []),
      `${from.replace(/\/+$/, '')}/`,
      destination,
    ],
  };
}

/** The operator's command that makes the web server read the new release's headers (PORTAL_DEPLOY_RELOAD). */
export function reloadCommand(target: DeployTarget, command: string, ssh: SshSettings): Command {
  if (target.kind === 'local') return { program: 'sh', args: ['-c', command] };
  return { program: 'ssh', args: [...sshArgs(ssh), target.host, command] };
}
