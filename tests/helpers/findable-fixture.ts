/**
 * A build of the portal with extra content that the sample content may lack: a news article
 * with a photo, one updated after publication, a draft, one dated in the future, a
 * rescheduled forum and one moved online. The project is copied to a temporary folder
 * (node_modules linked), the fixture content added, the copy committed to a fresh git
 * repository with a fixed date (content history dates come from git), and built there,
 * never into dist/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { projectRoot } from './paths.ts';
import { linkNodeModules } from '../../scripts/lib/link-node-modules.ts';

/** Every fixture file is committed at this instant, so its history date is known. */
export const FIXTURE_COMMIT_DATE = '2026-01-15T10:00:00+07:00';

export interface BuiltSite {
  root: string;
  dist: string;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): void {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
}

export async function buildFindableFixture(): Promise<BuiltSite> {
  const root = mkdtempSync(join(tmpdir(), 'portal-findable-'));
  for (const entry of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'content']) {
    cpSync(join(projectRoot, entry), join(root, entry), { recursive: true });
  }
  linkNodeModules(projectRoot, root);
  cpSync(join(projectRoot, 'tests/fixtures/findable'), join(root, 'content'), { recursive: true });
  const photo = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#3a6ea5' } }).jpeg().toBuffer();
  writeFileSync(join(root, 'content/news/uji-seo-berfoto/foto.jpg'), photo);

  const gitEnv = {
    GIT_AUTHOR_NAME: 'Tim Infokom',
    GIT_AUTHOR_EMAIL: 'infokom@contoh-balai-pom.example',
    GIT_COMMITTER_NAME: 'Tim Infokom',
    GIT_COMMITTER_EMAIL: 'infokom@contoh-balai-pom.example',
    GIT_AUTHOR_DATE: FIXTURE_COMMIT_DATE,
    GIT_COMMITTER_DATE: FIXTURE_COMMIT_DATE,
  };
  run('git', ['init', '-q'], root, gitEnv);
  run('git', ['add', 'content'], root, gitEnv);
  run('git', ['commit', '-q', '-m', 'Isi uji'], root, gitEnv);

  run(join(projectRoot, 'node_modules/.bin/astro'), ['build'], root);
  return { root, dist: join(root, 'dist') };
}
