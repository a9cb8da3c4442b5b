/**
 * A throwaway copy of the project for tests that change content: its own content/ (so the
 * real one is never written), the shared node_modules by symlink, and builds into its own
 * folders.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './paths.ts';
import { linkNodeModules } from '../../scripts/lib/link-node-modules.ts';

const COPIED = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export interface SiteCopy {
  root: string;
  remove: () => void;
}

export function copySite(): SiteCopy {
  const root = mkdtempSync(join(tmpdir(), 'portal-site-'));
  for (const name of COPIED) cpSync(join(projectRoot, name), join(root, name), { recursive: true });
  linkNodeModules(projectRoot, root);
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Builds the copy into `outDir` (relative to its root) and returns the build's output; throws with it on failure. */
export function buildSite(root: string, outDir: string, env: Record<string, string> = {}): string {
  const result = spawnSync(join(projectRoot, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`Build of ${root} failed:\n${result.stdout}\n${result.stderr}`);
  return `${result.stdout}\n${result.stderr}`;
}
