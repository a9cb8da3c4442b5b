/**
 * Starts Debian's nginx (installed by scripts/setup.sh --tests) in the foreground on
 * 127.0.0.1, over a built site, with the server configuration the build wrote
 * (_nginx/portal.conf) included in a minimal http/server block, exactly as the production
 * server block in deploy/nginx/portal.conf includes it. Everything nginx writes (pid, logs,
 * temp files) goes to a temporary prefix, so it runs beside any other server on the machine.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export interface RunningNginx {
  url: string;
  errorLog: () => string;
  /** A shell command that makes this nginx read its configuration again (as `systemctl reload nginx` does on a server). */
  reloadCommand: string;
  close: () => Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Debian loads its dynamic modules (brotli) through modules-enabled; paths there are relative to the default prefix. */
function moduleLines(): string[] {
  const modulesPath = /--modules-path=(\S+)/.exec(spawnSync(NGINX_PATH, ['-V'], { encoding: 'utf8' }).stderr)?.[1] ?? '/usr/lib/nginx/modules';
  const brotli = join(modulesPath, 'ngx_http_brotli_static_module.so');
  return existsSync(brotli) ? [`load_module ${brotli};`] : [];
}

export function nginxConfig(options: { prefix: string; root: string; port: number }): string {
  const { prefix, root, port } = options;
  return [
    ...moduleLines(),
    ...(process.getuid?.() === 0 ? ['user root root;'] : []),
    'worker_processes 1;',
    'daemon off;',
    `pid ${prefix}/nginx.pid;`,
    `error_log ${prefix}/error.log warn;`,
    'events { worker_connections 128; }',
    'http {',
    '    include /etc/nginx/mime.types;',
    '    default_type application/octet-stream;',
    '    access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${prefix}/${kind};`),
    '    server {',
    `        listen 127.0.0.1:${port};`,
    `        root ${root};`,
    `        include ${root}/_nginx/portal.conf;`,
    '    }',
    '}',
    '',
  ].join('\n');
}

async function waitUntilServing(url: string, child: ChildProcess, errorLog: () => string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${errorLog()}`);
    try {
      await fetch(url, { method: 'HEAD' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`nginx did not answer at ${url}:\n${errorLog()}`);
}

export async function startNginx(root: string): Promise<RunningNginx> {
  if (!existsSync(NGINX_PATH)) throw new Error(`nginx not found at ${NGINX_PATH}. Run: bash scripts/setup.sh --tests`);
  let lastError: unknown;
  // A port found free can be taken by another process before nginx binds it: try again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const prefix = mkdtempSync(join(tmpdir(), 'portal-nginx-'));
    const port = await freePort();
    const conf = join(prefix, 'nginx.conf');
    writeFileSync(conf, nginxConfig({ prefix, root, port }));
    const test = spawnSync(NGINX_PATH, ['-t', '-p', prefix, '-c', conf], { encoding: 'utf8' });
    if (test.status !== 0) throw new Error(`nginx rejected the configuration:\n${test.stderr}`);
    const child = spawn(NGINX_PATH, ['-p', prefix, '-c', conf], { stdio: 'ignore' });
    const errorLog = () => (existsSync(join(prefix, 'error.log')) ? readFileSync(join(prefix, 'error.log'), 'utf8') : '');
    const url = `http://127.0.0.1:${port}`;
    try {
      await waitUntilServing(url, child, errorLog);
    } catch (error) {
      lastError = error;
      child.kill('SIGTERM');
      rmSync(prefix, { recursive: true, force: true });
      continue;
    }
    return {
      url,
      errorLog,
      reloadCommand: `${NGINX_PATH} -p ${prefix} -c ${conf} -s reload`,
      close: async () => {
        if (child.exitCode === null) {
          const exited = new Promise((resolve) => child.once('exit', resolve));
          // SIGQUIT: graceful shutdown of master and workers.
          child.kill('SIGQUIT');
          await exited;
        }
        rmSync(prefix, { recursive: true, force: true });
      },
    };
  }
  throw lastError;
}
