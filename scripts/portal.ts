/**
 * Runs the portal locally: builds the site, then serves the build on 127.0.0.1.
 * Usage: npm start   (PORT changes the port; default 4321)
 */
import { spawn, spawnSync } from 'node:child_process';

const port = process.env.PORT ?? '4321';

// The safe build: dist/ is only ever replaced by a complete, checked build.
const build = spawnSync('node', ['scripts/build.ts'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const children = [spawn('astro', ['preview', '--host', '127.0.0.1', '--port', port], { stdio: 'inherit' })];
console.log(`\nPortal: http://127.0.0.1:${port}/`);

const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', (code) => { if (code) stop(); });
