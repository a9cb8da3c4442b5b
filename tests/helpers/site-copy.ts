/**
 * A throwaway copy of the project for tests that change content: its own content/ (so the
 * real one is never written), the shared node_modules by symlink, and builds into its own
 * folders. Servers started here listen on 127.0.0.1 and free ports.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
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

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export interface RunningDecapServer {
  stop: () => Promise<void>;
}

/** The real decap-server in file-system mode, writing into `root`. Resolves once it listens. */
export async function startDecapServer(root: string, port: number): Promise<RunningDecapServer> {
  const child: ChildProcess = spawn(process.execPath, [join(projectRoot, 'node_modules/decap-server/dist/index.js')], {
    env: { ...process.env, PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: root, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('listening on')) resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`decap-server stopped (${code}):\n${output}`)));
  });
  return {
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
