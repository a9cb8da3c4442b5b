/**
 * The production server configuration, for real: Debian's nginx serves a copy of the fresh
 * build with the configuration the build wrote, and real HTTP requests and a real Chromium
 * check what readers get — status, security headers, compression, the 404 page, no
 * Content-Security-Policy violation on any page, and a CMS that still loads.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { IMMUTABLE_CACHE, PAGE_CACHE } from '../../src/hosting/policy.ts';
import { writeAdminFixture } from '../helpers/admin-fixture.ts';
import { launchChromium } from '../helpers/browser.ts';
import { NGINX_PATH, nginxConfig, startNginx, type RunningNginx } from '../helpers/nginx.ts';
import { distDir, projectRoot } from '../helpers/paths.ts';
import { sitePages } from '../helpers/site-pages.ts';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request with exactly the headers given (fetch would add and undo compression itself). */
function get(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

function fileOfPage(root: string, path: string): string {
  return path.endsWith('/') ? `${root}${path}index.html` : `${root}${path}`;
}

let siteRoot: string;
let server: RunningNginx;
let pages: string[];

beforeAll(async () => {
  // A copy, so the stand-in CMS page (for builds without one) never lands in dist/.
  siteRoot = mkdtempSync(join(tmpdir(), 'portal-site-'));
  cpSync(distDir, siteRoot, { recursive: true });
  if (!existsSync(`${siteRoot}/admin/index.html`)) await writeAdminFixture(siteRoot);
  server = await startNginx(siteRoot);
  pages = sitePages(siteRoot);
});

afterAll(async () => {
  await server?.close();
  if (siteRoot) rmSync(siteRoot, { recursive: true, force: true });
});

describe('nginx with the built configuration', () => {
  test('serves every page with status 200, the security headers and the short page cache', async () => {
    expect(pages.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const path of pages) {
      const response = await get(`${server.url}${path}`);
      const csp = String(response.headers['content-security-policy'] ?? '');
      const expectations: [string, boolean][] = [
        ['status 200', response.status === 200],
        ['text/html', String(response.headers['content-type']).startsWith('text/html')],
        ["CSP default-src 'self'", csp.includes("default-src 'self'")],
        ["CSP frame-ancestors 'none'", csp.includes("frame-ancestors 'none'")],
        ["CSP object-src 'none'", csp.includes("object-src 'none'")],
        ['no unsafe-inline or unsafe-eval', !/unsafe-inline|'unsafe-eval'/.test(csp)],
        ['nosniff', response.headers['x-content-type-options'] === 'nosniff'],
        ['Referrer-Policy', response.headers['referrer-policy'] === 'strict-origin-when-cross-origin'],
        ['Permissions-Policy', String(response.headers['permissions-policy']).includes('camera=()')],
        ['HSTS', String(response.headers['strict-transport-security']).startsWith('max-age=31536000')],
        ['page cache', response.headers['cache-control'] === PAGE_CACHE],
        ['no server version', response.headers.server === 'nginx'],
      ];
      for (const [name, ok] of expectations) if (!ok) problems.push(`${path}: ${name}`);
    }
    expect(problems).toEqual([]);
  });

  test('sends every page precompressed with brotli and gzip, byte for byte the built page', async () => {
    const problems: string[] = [];
    for (const path of pages) {
      const original = readFileSync(fileOfPage(siteRoot, path));
      const brotli = await get(`${server.url}${path}`, { 'accept-encoding': 'br, gzip' });
      const gzip = await get(`${server.url}${path}`, { 'accept-encoding': 'gzip' });
      if (brotli.headers['content-encoding'] !== 'br' || !brotliDecompressSync(brotli.body).equals(original)) problems.push(`${path}: brotli`);
      if (gzip.headers['content-encoding'] !== 'gzip' || !gunzipSync(gzip.body).equals(original)) problems.push(`${path}: gzip`);
      if (!String(gzip.headers.vary).toLowerCase().includes('accept-encoding')) problems.push(`${path}: Vary`);
    }
    expect(problems).toEqual([]);
  });

  test('caches hashed build assets for a year and sends them compressed', async () => {
    const stylesheet = /href="(\/_astro\/[^"]+\.css)"/.exec(readFileSync(`${siteRoot}/index.html`, 'utf8'))?.[1];
    expect(stylesheet).toBeDefined();
    const response = await get(`${server.url}${stylesheet}`, { 'accept-encoding': 'br' });
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe(IMMUTABLE_CACHE);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^text\/css/);
    expect(brotliDecompressSync(response.body).equals(readFileSync(`${siteRoot}${stylesheet}`))).toBe(true);
  });

  test('sends forum calendars as text/calendar, so phones offer to add the event', async () => {
    const response = await get(`${server.url}/forum/kalender.ics`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.body.toString()).toContain('BEGIN:VCALENDAR');
  });

  test('answers a missing path with the site 404 page, status 404 and the same headers', async () => {
    const response = await get(`${server.url}/halaman-yang-tidak-ada/`);
    expect(response.status).toBe(404);
    expect(response.body.equals(readFileSync(`${siteRoot}/404.html`))).toBe(true);
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  test('does not serve the configuration files the build wrote', async () => {
    for (const path of ['/_nginx/portal.conf', '/_headers', '/.env']) {
      const response = await get(`${server.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.body.toString()).not.toContain('add_header');
    }
  });

  test('redirects a page address without its trailing slash, on the same host', async () => {
    const page = pages.find((path) => path.length > 1) ?? '/';
    const response = await get(`${server.url}${page.replace(/\/$/, '')}`);
    expect(response.status).toBe(301);
    expect(response.headers.location).toBe(page);
  });
});

describe('in Chromium, behind nginx', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a page and returns every CSP violation it reported (events and console errors). */
  async function violationsOn(page: Page, url: string): Promise<string[]> {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportViolation: (text: string) => void }).reportViolation(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
      });
    });
    await page.goto(url, { waitUntil: 'load' });
    return violations;
  }

  // Every page is loaded, four tabs at a time; on a busy two-core machine that takes minutes.
  test('no public page reports a Content-Security-Policy violation', { timeout: 300_000 }, async () => {
    const context = await browser.newContext();
    const found: string[] = [];
    const queue = [...pages];
    const tab = async () => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        const page = await context.newPage();
        const violations = await violationsOn(page, `${server.url}${path}`);
        found.push(...violations.map((violation) => `${path}: ${violation}`));
        await page.close();
      }
    };
    await Promise.all([tab(), tab(), tab(), tab()]);
    await context.close();
    expect(found.sort()).toEqual([]);
  });

  test('the search page finds pages under its policy: its script, Pagefind and its WebAssembly load', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const violations = await violationsOn(page, `${server.url}/cari/?q=impor`);
    await page.waitForFunction(() => /^\d+ hasil/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 30_000 });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.locator('.search-result a[href="/layanan/surat-keterangan-impor/"]').count()).toBe(1);
    await context.close();
  });

  test('the CMS at /admin/ loads under its policy and shows its login', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const violations = await violationsOn(page, `${server.url}/admin/`);
    // Decap renders its login once the app has started; a blocked script never gets there.
    // (Only inside Decap's own root: the page's notice that no local editing server answers
    // here has a button of its own.)
    const loaded = await page
      .locator('#nc-root')
      .getByRole('button')
      .first()
      .waitFor({ state: 'visible', timeout: 30_000 })
      .then(() => true, () => false);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    expect(loaded).toBe(true);
    const response = await get(`${server.url}/admin/`);
    expect(response.headers['content-security-policy']).toContain('https://api.github.com');
    expect(response.headers['x-robots-tag']).toContain('noindex');
    await context.close();
  });
});

describe('the production server block (deploy/nginx/portal.conf)', () => {
  test('nginx accepts it as written, with only the certificate, root and ports swapped for the test', () => {
    const dir = mkdtempSync(join(tmpdir(), 'portal-deploy-'));
    try {
      const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-keyout', `${dir}/key.pem`, '-out', `${dir}/cert.pem`], { encoding: 'utf8' });
      expect(made.status, made.stderr).toBe(0);
      const serverBlock = readFileSync(join(projectRoot, 'deploy/nginx/portal.conf'), 'utf8')
        .replaceAll('/var/www/portal/current', siteRoot)
        .replace(/ssl_certificate \S+;/, `ssl_certificate ${dir}/cert.pem;`)
        .replace(/ssl_certificate_key \S+;/, `ssl_certificate_key ${dir}/key.pem;`)
        .replace(/^\s*listen \[::\].*$/gm, '')
        .replace('listen 80;', 'listen 127.0.0.1:1;')
        .replace('listen 443 ssl http2;', 'listen 127.0.0.1:2 ssl http2;');
      const http = nginxConfig({ prefix: dir, root: siteRoot, port: 3 }).replace(/ {4}server \{[\s\S]*?\n {4}\}\n/, serverBlock);
      expect(http).toContain(`ssl_certificate_key ${dir}/key.pem;`);
      writeFileSync(`${dir}/nginx.conf`, http);
      const checked = spawnSync(NGINX_PATH, ['-t', '-p', dir, '-c', `${dir}/nginx.conf`], { encoding: 'utf8' });
      expect(checked.stderr).toContain('test is successful');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
