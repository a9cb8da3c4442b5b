/**
 * Builds the site without ever leaving a half-built site behind: Astro builds into a
 * temporary folder, and only a complete, checked build replaces dist/. A failed build
 * leaves the previous dist/ untouched, so a deploy always serves a whole site. The build
 * must also leave content/ exactly as the editors wrote it; if anything in it changed, the
 * new build is thrown away.
 * Usage: npm run build   (extra arguments go to `astro build`)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { changedFiles, snapshotFolder } from '../src/hosting/content-snapshot.ts';
import { asidePath, deleteInBackground, foldersLeftAside } from '../src/lib/files/folder-aside.ts';
import { hosting as t } from '../src/strings/hosting.ts';
import { astroBuildEnvironment } from './lib/astro-build-environment.ts';
import { forgetContentStoreMadeByOtherCode } from './lib/content-store-version.ts';

const root = process.cwd();
const output = 'dist';
const temporary = '.build-tmp';
const started = Date.now();

// Old sites a killed build never finished deleting.
deleteInBackground(foldersLeftAside(join(root, output)));

const contentBefore = snapshotFolder(join(root, 'content'));
rmSync(join(root, temporary), { recursive: true, force: true });
if (forgetContentStoreMadeByOtherCode(root)) console.log(t.safeBuild.contentStoreDropped);
console.log(t.safeBuild.building(temporary));
const astro = join(root, 'node_modules', '.bin', 'astro');
const result = spawnSync(astro, ['build', '--outDir', temporary, ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: root,
  env: astroBuildEnvironment(process.env),
});

const changed = changedFiles(contentBefore, snapshotFolder(join(root, 'content')));
if (result.status !== 0 || changed.length) {
  rmSync(join(root, temporary), { recursive: true, force: true });
  if (changed.length) console.error(t.safeBuild.contentChanged(changed));
  console.error(t.safeBuild.failed(output));
  process.exit(result.status || 1);
}

// Two renames: the window without a dist/ is a few microseconds, never a partial site. The
// old site gets a name of its own and is deleted in the background once it is out of service.
const retired = existsSync(join(root, output)) ? asidePath(join(root, output)) : undefined;
if (retired) renameSync(join(root, output), retired);
renameSync(join(root, temporary), join(root, output));
if (retired) deleteInBackground([retired]);
console.log(t.safeBuild.swapped(output, ((Date.now() - started) / 1000).toFixed(1)));
