/**
 * A small site of its own for a build test: the project's code with fixture content only, in a
 * temporary folder (node_modules linked, Astro's cache its own), committed to a fresh git
 * repository at a fixed date (pages date themselves from the history), and built there with
 * `astro build`, never into dist/. Builds again in the same folder reuse its caches, as a
 * pipeline's next run does.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linkNodeModules } from '../../scripts/lib/link-node-modules.ts';
import { projectRoot } from './paths.ts';

export interface FixtureSite {
  root: string;
  dist: string;
  /** Builds the site; the environment is added to this process's. Throws with the log on failure. */
  build: (env: Record<string, string>) => string;
  remove: () => void;
}

export function fixtureSite(contentFolders: readonly string[], commitDate: string): FixtureSite {
  const root = mkdtempSync(join(tmpdir(), 'portal-fixture-site-'));
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public']) cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
  linkNodeModules(projectRoot, root);
  for (const folder of contentFolders) cpSync(join(projectRoot, folder), join(root, 'content'), { recursive: true });
  const git = (...args: string[]) => {
    const result = spawnSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_NAME: 'Tim Infokom', GIT_AUTHOR_EMAIL: 'infokom@contoh.example', GIT_COMMITTER_NAME: 'Tim Infokom', GIT_COMMITTER_EMAIL: 'infokom@contoh.example', GIT_AUTHOR_DATE: commitDate, GIT_COMMITTER_DATE: commitDate },
    });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  };
  git('init', '-q');
  git('add', 'content');
  git('commit', '-q', '-m', 'Isi uji');
  return {
    root,
    dist: join(root, 'dist'),
    build: (env) => {
      const result = spawnSync(join(projectRoot, 'node_modules/.bin/astro'), ['build'], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
      const log = `${result.stdout}\n${result.stderr}`;
      if (result.status !== 0) throw new Error(`Build of ${root} failed:\n${log}`);
      return log;
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
