/**
 * The local editing server of `npm start`, through HTTP as a browser page or another program
 * would reach it, with decap-server's real middlewares writing into a throwaway working copy:
 * it serves the site, saves into content/, and refuses everything else (other paths however
 * written, symbolic links, other origins, other host names, other actions).
 */
import { request } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalPortal, type RunningLocalPortal } from '../../src/local-editing/server.ts';

let root: string;
let portal: RunningLocalPortal;
let own: { origin: string; host: string };
const logged: string[] = [];

const PACKAGE_JSON = '{ "name": "portal-copy", "private": true }\n';

function put(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

beforeAll(async () => {
  // The parent folder holds the copy, so a write that escapes it by one ".." stays observable.
  const parent = mkdtempSync(join(tmpdir(), 'portal-editing-'));
  root = join(parent, 'project');
  put('package.json', PACKAGE_JSON);
  put('src/secret.ts', 'export const secret = 1;\n');
  put('content/news/ada/index.mdx', '---\ntitle: Ada\n---\nIsi.\n');
  put('content/settings/office.yaml', 'siteUrl: https://contoh.go.id\n');
  put('public/favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
  put('dist/index.html', '<!doctype html><title>Beranda</title>');
  put('dist/404.html', '<!doctype html><title>Tidak ditemukan</title>');
  put('dist/admin/index.html', '<!doctype html><title>Ruang Editor</title>');
  put('dist/_headers', '/*\n  X-Frame-Options: DENY\n');
  // Links committed into content/: a folder leading to code, a file leading to package.json.
  symlinkSync('../../src', join(root, 'content/news/ke-kode'));
  mkdirSync(join(root, 'content/forums/ada'), { recursive: true });
  symlinkSync('../../../package.json', join(root, 'content/forums/ada/index.mdx'));

  portal = await startLocalPortal({ root, site: join(root, 'dist'), port: 0, logLevel: 'error', log: (line) => logged.push(line) });
  own = { origin: `http://127.0.0.1:${portal.port}`, host: `127.0.0.1:${portal.port}` };
});

afterAll(async () => {
  await portal?.close();
  if (root) rmSync(dirname(root), { recursive: true, force: true });
});

interface Answer {
  status: number;
  body: string;
  json: () => { error?: string; [key: string]: unknown };
}

function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port: portal.port, path, method: options.method ?? 'GET', headers: options.headers }, (incoming) => {
      let body = '';
      incoming.setEncoding('utf8');
      incoming.on('data', (chunk: string) => (body += chunk));
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body, json: () => JSON.parse(body) }));
    });
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

/** A request as the editor page of this portal sends it, unless `from` says otherwise. */
function api(payload: unknown, from: { origin?: string | null | undefined; host?: string | undefined; type?: string } = {}): Promise<Answer> {
  const headers: Record<string, string> = { host: from.host ?? own.host, 'content-type': from.type ?? 'application/json' };
  const origin = from.origin === undefined ? own.origin : from.origin;
  if (origin !== null) headers['origin'] = origin;
  return send('/admin/api/v1', { method: 'POST', headers, body: typeof payload === 'string' ? payload : JSON.stringify(payload) });
}

const persist = (path: string, raw = 'DITULIS\n', extra: Record<string, unknown> = {}) => ({
  action: 'persistEntry',
  params: {
    branch: 'main',
    dataFiles: [{ slug: 'x', path, raw, ...extra }],
    assets: [],
    options: { commitMessage: 'simpan', useWorkflow: false, status: 'draft' },
  },
});

const file = (path: string) => join(root, path);

describe('the editing API saves what the editor manages', () => {
  it('answers the editor page, as decap-server does', async () => {
    const answer = await api({ action: 'info', params: { branch: 'main' } });
    expect(answer.status).toBe(200);
    expect(answer.json()).toMatchObject({ type: 'local_fs', publish_modes: ['simple'] });
  });

  it('saves an entry into content/ and reads it back', async () => {
    const saved = await api(persist('content/news/baru/index.mdx', '---\ntitle: Baru\n---\n'));
    expect(saved.status).toBe(200);
    expect(readFileSync(file('content/news/baru/index.mdx'), 'utf8')).toBe('---\ntitle: Baru\n---\n');
    const read = await api({ action: 'getEntry', params: { branch: 'main', path: 'content/news/baru/index.mdx' } });
    expect(read.json()).toMatchObject({ data: '---\ntitle: Baru\n---\n' });
  });

  it('accepts the office settings file and an upload into the media folder', async () => {
    expect((await api(persist('content/settings/office.yaml', 'siteUrl: https://baru.go.id\n'))).status).toBe(200);
    const upload = { action: 'persistMedia', params: { branch: 'main', asset: { path: 'public/media/bagan.png', content: 'iVBORw0KGgo=', encoding: 'base64' }, options: { commitMessage: 'unggah' } } };
    expect((await api(upload)).status).toBe(200);
    expect(existsSync(file('public/media/bagan.png'))).toBe(true);
  });

  it('serves the built site on the same origin, and not the files the build writes for the server', async () => {
    expect((await send('/admin/', {})).body).toContain('Ruang Editor');
    const missing = await send('/tidak-ada/', {});
    expect(missing.status).toBe(404);
    expect(missing.body).toContain('Tidak ditemukan');
    expect((await send('/_headers', {})).status).toBe(404);
  });
});

describe('the editing API touches nothing outside the editable area', () => {
  const outside = [
    'package.json',
    '../x',
    'content/../src/x.ts',
    '/etc/passwd',
    'content/news/%2e%2e/%2e%2e/src/x.ts',
    'content/news/..%2f..%2fsrc/x.ts',
    'content\\..\\src\\x.ts',
    'content/./news/x.mdx',
    'content//news/x.mdx',
    'content/news/.env',
    '.git/config',
    'src/secret.ts',
    'public/favicon.svg',
    'contentx/news.mdx',
    'content',
  ];

  it.each(outside)('refuses to write %s, and writes nothing', async (path) => {
    const answer = await api(persist(path));
    expect(answer.status).toBe(403);
    expect(answer.json().error).toMatch(/Ruang editor tidak boleh|tidak sah/);
    expect(readFileSync(file('package.json'), 'utf8')).toBe(PACKAGE_JSON);
    expect(readFileSync(file('src/secret.ts'), 'utf8')).toBe('export const secret = 1;\n');
    expect(existsSync(join(dirname(root), 'x'))).toBe(false);
    expect(existsSync(file('src/x.ts'))).toBe(false);
  });

  it('refuses an absolute path even when it points into content/', async () => {
    expect((await api(persist(file('content/news/mutlak/index.mdx')))).status).toBe(403);
    expect(existsSync(file('content/news/mutlak/index.mdx'))).toBe(false);
  });

  it('names the file and the allowed folders in Indonesian, and reports the refusal where the server runs', async () => {
    logged.length = 0;
    const { error } = (await api(persist('package.json'))).json();
    expect(error).toContain('"package.json"');
    expect(error).toContain('content/news/');
    expect(error).toContain('public/media/');
    expect(logged).toEqual([`[ruang editor] ${error}`]);
    // What a request sends cannot write control sequences into the terminal of `npm start`.
    await api(persist('content/news/\u001b[2Jx.mdx'));
    expect(logged.at(-1)).toContain('content/news/?[2Jx.mdx');
  });

  it('refuses to read package.json, by every action that reads', async () => {
    const reads = [
      { action: 'getEntry', params: { branch: 'main', path: 'package.json' } },
      { action: 'entriesByFiles', params: { branch: 'main', files: [{ path: 'content/settings/office.yaml' }, { path: 'package.json' }] } },
      { action: 'getMediaFile', params: { branch: 'main', path: 'package.json' } },
      { action: 'getMedia', params: { branch: 'main', mediaFolder: '.' } },
      { action: 'entriesByFolder', params: { branch: 'main', folder: 'src', extension: 'ts', depth: 1 } },
    ];
    for (const payload of reads) {
      const answer = await api(payload);
      expect(answer.status, payload.action).toBe(403);
      expect(answer.body).not.toContain('portal-copy');
    }
  });

  it('refuses to move an entry out of content/ and to delete outside it', async () => {
    put('content/news/pindah/index.mdx', 'x\n');
    expect((await api(persist('content/news/pindah/index.mdx', 'x\n', { newPath: 'src/pindah.mdx' }))).status).toBe(403);
    expect(existsSync(file('src/pindah.mdx'))).toBe(false);
    const remove = { action: 'deleteFiles', params: { branch: 'main', paths: ['content/news/ada/index.mdx', 'package.json'], options: { commitMessage: 'hapus' } } };
    expect((await api(remove)).status).toBe(403);
    expect(existsSync(file('package.json'))).toBe(true);
    expect(existsSync(file('content/news/ada/index.mdx'))).toBe(true);
  });

  it('does not follow symbolic links out of content/, to write or to read', async () => {
    const write = await api(persist('content/news/ke-kode/x.ts'));
    expect(write.status).toBe(403);
    expect(write.json().error).toContain('content/news/ke-kode');
    expect(existsSync(file('src/x.ts'))).toBe(false);
    expect((await api(persist('content/forums/ada/index.mdx'))).status).toBe(403);
    expect(readFileSync(file('package.json'), 'utf8')).toBe(PACKAGE_JSON);

    const listing = await api({ action: 'entriesByFolder', params: { branch: 'main', folder: 'content/forums', extension: 'mdx', depth: 2 } });
    expect(listing.status).toBe(403);
    expect(listing.body).not.toContain('portal-copy');
  });

  it('refuses actions the editor does not use here, and bodies that are not JSON', async () => {
    expect((await api({ action: 'unpublishedEntries', params: { branch: 'main' } })).status).toBe(403);
    expect((await api({ action: 'constructor', params: {} })).status).toBe(403);
    const broken = await api('{"action": "persistEntry", ');
    expect(broken.status).toBe(400);
    expect(broken.json().error).toContain('bukan data JSON');
    expect((await api(persist('content/news/x/index.mdx'), { type: 'text/plain' })).status).toBe(415);
  });
});

describe('the editing API answers only the editor page of this portal', () => {
  const strangers = [
    ['another port of this computer', { origin: 'http://127.0.0.1:1' }],
    ['localhost on another port', { origin: 'http://localhost:1' }],
    ['another site', { origin: 'https://contoh-penyerang.example' }],
    ['another site under the same port', { origin: 'http://penyerang.example:PORT' }],
    ['https on the same port', { origin: 'https://127.0.0.1:PORT' }],
    ['a sandboxed page', { origin: 'null' }],
    ['a program that sends no Origin', { origin: null }],
    ['a page reaching the port through its own host name', { host: 'penyerang.example:PORT', origin: 'http://penyerang.example:PORT' }],
  ] as const;

  it.each(strangers)('refuses %s', async (_name, from) => {
    const withPort = <T extends string | null | undefined>(value: T) => (typeof value === 'string' ? value.replace('PORT', String(portal.port)) : value);
    const answer = await api(persist('content/news/asing/index.mdx'), { origin: withPort(from.origin), host: withPort('host' in from ? from.host : undefined) });
    expect(answer.status).toBe(403);
    expect(answer.json().error).toContain(`http://127.0.0.1:${portal.port}/admin/`);
    expect(existsSync(file('content/news/asing/index.mdx'))).toBe(false);
  });

  it('accepts the same page opened as localhost', async () => {
    const answer = await api(persist('content/news/lokal/index.mdx'), { origin: `http://localhost:${portal.port}`, host: `localhost:${portal.port}` });
    expect(answer.status).toBe(200);
  });

  it('takes only POST', async () => {
    const answer = await send('/admin/api/v1', { headers: { host: own.host, origin: own.origin } });
    expect(answer.status).toBe(405);
  });
});
