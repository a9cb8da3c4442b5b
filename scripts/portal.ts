/**
 * Runs the portal locally: builds the site, then serves the build on 127.0.0.1 together with
 * the editor's saving API on the same address (src/local-editing/server.ts), so the editor at
 * /admin/ saves straight into content/ of this working copy, with no account. The API reads
 * and writes only what the editor manages and answers only the editor page of this portal.
 * Rebuild (`npm run build` in another window) to see saved changes on the public pages; the
 * open editor keeps working, whatever the build.
 * Usage: npm start   (PORT changes the port, default 4321)
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { startLocalPortal } from '../src/local-editing/server.ts';
import { localEditing as t } from '../src/strings/local-editing.ts';

const root = process.cwd();
const port = Number(process.env.PORT ?? '4321');
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(t.portal.badPort(process.env.PORT ?? ''));
  process.exit(1);
}
if (process.env.DECAP_SERVER_PORT) console.log(t.portal.oldPortVariable);

// The safe build: dist/ is only ever replaced by a complete, checked build.
const build = spawnSync(process.execPath, ['scripts/build.ts'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

try {
  const portal = await startLocalPortal({ root, site: join(root, 'dist'), port });
  console.log(`\n${t.portal.site(portal.url)}`);
  console.log(t.portal.editor(portal.url));
  console.log(t.portal.rebuildHint);
  console.log(t.portal.stop);
  const stop = () => void portal.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
  console.error(t.portal.portInUse(port));
  process.exit(1);
}
