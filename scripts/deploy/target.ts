/**
 * Where a release goes: `user@host:/absolute/folder` (rsync and commands over SSH) or a folder
 * on this machine. The target reaches a remote shell as part of a command line, so it is
 * accepted only when every character is on an allow-list; anything else is refused with the
 * form to use, never quoted and hoped for.
 */
import { isAbsolute, resolve } from 'node:path';
import { publishing as t } from '../../src/strings/publishing.ts';

export type DeployTarget = { kind: 'local'; root: string } | { kind: 'ssh'; host: string; root: string };

const HOST = /^(?:[A-Za-z0-9._-]+@)?[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$/;
const SAFE_PATH = /^\/(?:[A-Za-z0-9._-]+\/?)*$/;

/** A folder path that cannot escape upwards or carry shell syntax. */
function safeFolder(path: string): boolean {
  return SAFE_PATH.test(path) && !path.split('/').some((part) => part === '..') && path !== '/';
}

export function parseTarget(value: string, cwd = process.cwd()): DeployTarget {
  const remote = /^([^/:]+):(.*)$/.exec(value);
  if (remote) {
    const [, host = '', path = ''] = remote;
    if (!HOST.test(host)) throw new Error(t.deploy.badTarget(value));
    if (!path.startsWith('/')) throw new Error(t.deploy.relativeRemotePath(value));
    if (!safeFolder(path)) throw new Error(t.deploy.badTarget(value));
    return { kind: 'ssh', host, root: path.replace(/\/+$/, '') };
  }
  const root = isAbsolute(value) ? value : resolve(cwd, value);
  if (!value || !safeFolder(root)) throw new Error(t.deploy.badTarget(value));
  return { kind: 'local', root: root.replace(/\/+$/, '') };
}

/** How the target is named in messages and rsync: `host:/folder` or the folder. */
export function targetLabel(target: DeployTarget): string {
  return target.kind === 'ssh' ? `${target.host}:${target.root}` : target.root;
}
