/**
 * The office-server deploy, for real: `npm run deploy`'s script publishes two versions of the
 * built site into a folder that Debian's nginx serves on 127.0.0.1 (through the `current` link,
 * with the build's own server configuration) while requests keep coming. Every answer during
 * the switch is the whole old version or the whole new version of what was asked, never a 404
 * or a mixture, and a reader who has seen the new version never gets the old one again; a page
 * of the old version still finds its stylesheet after the switch. Then a rollback brings the
 * old version back, and old releases are pruned.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { NGINX_PATH, startNginx, type RunningNginx } from '../helpers/nginx.ts';
import { distDir, projectRoot } from '../helpers/paths.ts';
import { sitePages } from '../helpers/site-pages.ts';

/** Bounds of the request loop: it stops when the deploy has ended, or at these limits. */
const WORKERS = 6;
const MAX_REQUESTS = 4000;
const MAX_LOOP_MS = 60_000;
const PAGES_ASKED = 30;

interface Answer {
  status: number;
  body: Buffer;
}

/**
 * One request on a connection of its own. nginx closes idle kept-alive connections when it
 * reloads after the switch, and a client that reuses one then sees it closed (browsers resend
 * the request by themselves); a fresh connection is what a request after the switch gets.
 */
function get(url: string, gzip: boolean): Promise<Answer> {
  return new Promise((resolve, reject) => {
    request(url, { agent: false, headers: gzip ? { 'accept-encoding': 'gzip' } : {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const raw = Buffer.concat(chunks);
        resolve({ status: response.statusCode ?? 0, body: response.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw });
      });
    })
      .on('error', reject)
      .end();
  });
}

function fileOf(root: string, path: string): string {
  return path.endsWith('/') ? join(root, path, 'index.html') : join(root, path);
}

/** Writes a file with the .gz and .br copies nginx serves in its place. */
function writeWithCopies(file: string, content: Buffer | string): void {
  writeFileSync(file, content);
  if (existsSync(`${file}.gz`)) writeFileSync(`${file}.gz`, gzipSync(content));
  if (existsSync(`${file}.br`)) writeFileSync(`${file}.br`, brotliCompressSync(content));
}

/**
 * The second version: every page says so, and the stylesheet has a new hashed name (the old
 * one is gone from the build), as after a change of the templates.
 */
function makeSecondVersion(from: string, to: string, pages: readonly string[], stylesheet: string): string {
  cpSync(from, to, { recursive: true });
  const renamed = stylesheet.replace(/\.css$/, '-v2.css');
  writeWithCopies(join(to, renamed), readFileSync(join(from, stylesheet)));
  for (const suffix of ['', '.gz', '.br']) rmSync(join(to, `${stylesheet}${suffix}`), { force: true });
  for (const path of pages) {
    const file = fileOf(to, path);
    const html = readFileSync(file, 'utf8').replaceAll(stylesheet, renamed).replace('</main>', '<p>Versi kedua.</p></main>');
    writeWithCopies(file, html);
  }
  return renamed;
}

function deploy(args: string[], env: Record<string, string> = {}) {
  return spawn(join(projectRoot, 'node_modules/.bin/node'), [join(projectRoot, 'scripts/deploy.ts'), ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function deploySync(args: string[], env: Record<string, string> = {}): string {
  const result = spawnSync(join(projectRoot, 'node_modules/.bin/node'), [join(projectRoot, 'scripts/deploy.ts'), ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`deploy ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

let work: string;
let target: string;
let v1: string;
let v2: string;
let server: RunningNginx;
let asked: string[];
let oldStylesheet: string;
let newStylesheet: string;

const releases = () => readdirSync(join(target, 'releases')).filter((name) => !name.endsWith('.assets')).sort();
const live = () => readlinkSync(join(target, 'current')).replace(/^releases\//, '');

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'portal-deploy-'));
  target = join(work, 'site');
  v1 = join(work, 'v1');
  v2 = join(work, 'v2');
  cpSync(distDir, v1, { recursive: true });
  const pages = sitePages(v1);
  // The home page, then pages spread over the site: lists, articles, forums, standards.
  asked = ['/', ...pages.filter((_, index) => index % Math.max(1, Math.floor(pages.length / PAGES_ASKED)) === 0)].slice(0, PAGES_ASKED);
  oldStylesheet = /href="(\/_astro\/[^"]+\.css)"/.exec(readFileSync(join(v1, 'index.html'), 'utf8'))![1]!;
  newStylesheet = makeSecondVersion(v1, v2, pages, oldStylesheet);
  deploySync(['--from', v1, target]);
  server = await startNginx(join(target, 'current'));
}, 120_000);

afterAll(async () => {
  await server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('npm run deploy to a folder served by nginx', () => {
  test('serves the first release through the current link', async () => {
    expect(releases()).toHaveLength(1);
    for (const path of asked) {
      const answer = await get(`${server.url}${path}`, false);
      expect(answer.status, path).toBe(200);
      expect(answer.body.equals(readFileSync(fileOf(v1, path))), path).toBe(true);
    }
  });

  test('switches to the second release while requests keep coming: each answer is old or new, whole, and never goes back', async () => {
    const paths = [...asked, oldStylesheet];
    // The old stylesheet is the same file in both: the new release carries it over.
    const bodies = new Map(paths.map((path) => [path, path === oldStylesheet ? [readFileSync(join(v1, path)), readFileSync(join(v1, path))] : [readFileSync(fileOf(v1, path)), readFileSync(fileOf(v2, path))]] as const));
    const problems: string[] = [];
    const seen = { old: 0, new: 0 };
    let requests = 0;
    let deployed = false;
    const started = Date.now();
    const child = deploy(['--from', v2, target], { PORTAL_DEPLOY_RELOAD: server.reloadCommand });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => {
      deployed = true;
      resolve(code);
    }));

    const worker = async (id: number) => {
      let sawNew = false;
      let afterDeploy = 0;
      for (let round = 0; requests < MAX_REQUESTS && Date.now() - started < MAX_LOOP_MS; round++) {
        const path = paths[(id * 7 + round) % paths.length]!;
        requests++;
        const answer = await get(`${server.url}${path}`, round % 2 === 0);
        const [oldBody, newBody] = bodies.get(path)!;
        const isOld = answer.body.equals(oldBody!);
        const isNew = answer.body.equals(newBody!);
        if (answer.status !== 200 || (!isOld && !isNew)) problems.push(`${path}: status ${answer.status}, neither version`);
        else if (isNew && !isOld) {
          seen.new++;
          sawNew = true;
        } else if (isOld && !isNew) {
          seen.old++;
          if (sawNew) problems.push(`${path}: the old version after the new one (worker ${id})`);
        }
        if (deployed && sawNew && ++afterDeploy > paths.length) break;
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, (_, id) => worker(id)));
    expect(await exited, log).toBe(0);
    expect(problems).toEqual([]);
    expect(seen.old).toBeGreaterThan(0);
    expect(seen.new).toBeGreaterThan(0);
    expect(releases()).toHaveLength(2);
  }, MAX_LOOP_MS + 60_000);

  test('serves the new version everywhere once switched, and still the old stylesheet for pages read before', async () => {
    for (const path of asked) expect((await get(`${server.url}${path}`, false)).body.equals(readFileSync(fileOf(v2, path))), path).toBe(true);
    expect((await get(`${server.url}${newStylesheet}`, false)).status).toBe(200);
    const carried = await get(`${server.url}${oldStylesheet}`, true);
    expect(carried.status).toBe(200);
    expect(carried.body.equals(readFileSync(join(v1, oldStylesheet)))).toBe(true);
  });

  test('npm run deploy:rollback brings the old version back in one switch', async () => {
    const [first] = releases();
    deploySync(['--rollback', target], { PORTAL_DEPLOY_RELOAD: server.reloadCommand });
    expect(live()).toBe(first);
    for (const path of asked) expect((await get(`${server.url}${path}`, true)).body.equals(readFileSync(fileOf(v1, path))), path).toBe(true);
    // Nothing older to go back to: refused, and the site stays as it is.
    expect(() => deploySync(['--rollback', target])).toThrow(/Tidak ada rilis sebelum/);
    expect(live()).toBe(first);
  });

  test('keeps the newest releases and the live one, and refuses a preview build for the public site', async () => {
    deploySync(['--from', v2, '--keep', '2', target]);
    deploySync(['--from', v2, '--keep', '2', target]);
    const kept = releases();
    expect(kept).toHaveLength(2);
    expect(live()).toBe(kept.at(-1));
    expect(readdirSync(join(target, 'releases')).filter((name) => name.endsWith('.assets')).sort()).toEqual(kept.map((name) => `${name}.assets`));

    writeFileSync(join(v2, 'robots.txt'), 'User-agent: *\nDisallow: /\n');
    expect(() => deploySync(['--from', v2, target])).toThrow(/pratinjau/);
    expect(live()).toBe(kept.at(-1));
    expect((await get(`${server.url}/robots.txt`, false)).body.toString()).not.toMatch(/^Disallow: \/$/m);
  });
});

describe('previews of drafts (deploy/nginx/preview.conf)', () => {
  const PREVIEW_HOST = 'news-kelas-label.pratinjau.contoh-balai-pom.example';
  let previews: string;
  let preview: string;
  let child: ChildProcess | undefined;
  let port: number;

  function getPreview(path: string): Promise<Answer & { robots: string | undefined }> {
    return new Promise((resolve, reject) => {
      request(`http://127.0.0.1:${port}${path}`, { agent: false, headers: { host: PREVIEW_HOST } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks), robots: response.headers['x-robots-tag'] as string | undefined }));
      })
        .on('error', reject)
        .end();
    });
  }

  beforeAll(async () => {
    previews = join(work, 'pratinjau');
    preview = join(work, 'preview-build');
    cpSync(v1, preview, { recursive: true });
    writeFileSync(join(preview, 'robots.txt'), 'User-agent: *\nDisallow: /\n');
    deploySync(['--preview', '--keep', '2', '--from', preview, join(previews, 'news-kelas-label')]);
    const probe = createNetServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    const prefix = join(work, 'nginx-preview');
    mkdirSync(prefix);
    // The server block as written, with plain HTTP on a free loopback port and the folder of this test.
    const block = readFileSync(join(projectRoot, 'deploy/nginx/preview.conf'), 'utf8')
      .replace(/^\s*listen .*$/gm, '')
      .replace(/^\s*ssl_.*$/gm, '')
      .replace('server {', `server {\n    listen 127.0.0.1:${port};`)
      .replaceAll('/var/www/pratinjau', previews);
    const conf = [
      ...(process.getuid?.() === 0 ? ['user root root;'] : []),
      'worker_processes 1;', 'daemon off;', `pid ${prefix}/nginx.pid;`, `error_log ${prefix}/error.log warn;`, 'events { worker_connections 64; }',
      'http {', '    include /etc/nginx/mime.types;', '    access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path ${prefix}/${kind};`),
      block, '}', '',
    ].join('\n');
    writeFileSync(join(prefix, 'nginx.conf'), conf);
    const checked = spawnSync(NGINX_PATH, ['-t', '-p', prefix, '-c', join(prefix, 'nginx.conf')], { encoding: 'utf8' });
    expect(checked.stderr).toContain('test is successful');
    child = spawn(NGINX_PATH, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: 'ignore' });
    for (let attempt = 0; attempt < 50; attempt++) {
      if (await getPreview('/').then(() => true, () => false)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, 60_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGQUIT');
      await exited;
    }
  });

  test('a preview is served at its own address, whole, and tells search engines to stay away', async () => {
    for (const path of asked.slice(0, 5)) {
      const answer = await getPreview(path);
      expect(answer.status, path).toBe(200);
      expect(answer.body.equals(readFileSync(fileOf(preview, path))), path).toBe(true);
      expect(answer.robots).toBe('noindex, nofollow');
    }
    expect((await getPreview('/robots.txt')).body.toString()).toBe('User-agent: *\nDisallow: /\n');
    expect((await getPreview('/_nginx/portal.conf')).status).toBe(404);
  });

  test('the public site is never deployed into a preview folder, nor a preview folder removed for the public site', () => {
    expect(() => deploySync(['--from', v1, join(previews, 'news-kelas-label')])).toThrow(/folder pratinjau/);
    expect(() => deploySync(['--remove-preview', target])).toThrow(/bukan folder pratinjau/);
    expect(existsSync(join(target, 'current'))).toBe(true);
  });

  test('a preview whose draft is gone is removed', async () => {
    deploySync(['--remove-preview', join(previews, 'news-kelas-label')]);
    expect(existsSync(join(previews, 'news-kelas-label'))).toBe(false);
    expect((await getPreview('/')).status).toBe(404);
  });
});
