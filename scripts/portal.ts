/**
 * Runs the portal locally: builds the site, serves the build on 127.0.0.1, and starts
 * decap-server so the editor at /admin/ saves straight into this working copy (content/),
 * with no account. Rebuild (run again) to see saved changes on the public pages.
 * Usage: npm start   (PORT changes the site's port, default 4321;
 *                     DECAP_SERVER_PORT the editor's local server, default 8081)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';

const port = process.env.PORT ?? '4321';
const decapPort = process.env.DECAP_SERVER_PORT ?? '8081';
// The build writes the local server's address into /admin, so both must agree on the port.
const env = { ...process.env, DECAP_SERVER_PORT: decapPort };

// The safe build: dist/ is only ever replaced by a complete, checked build.
const build = spawnSync('node', ['scripts/build.ts'], { stdio: 'inherit', env });
if (build.status !== 0) process.exit(build.status ?? 1);

const children: ChildProcess[] = [
  spawn('astro', ['preview', '--host', '127.0.0.1', '--port', port], { stdio: 'inherit', env }),
  spawn('decap-server', [], {
    stdio: 'inherit',
    // fs mode writes files as they are saved; nothing is committed for you.
    env: { ...env, PORT: decapPort, BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: process.cwd() },
  }),
];
console.log(`\nPortal: http://127.0.0.1:${port}/`);
console.log(`Editor: http://127.0.0.1:${port}/admin/ (menyimpan ke folder content/ di komputer ini)`);

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => { if (code) stop(); });
