/**
 * The sitemap stage hands pages with a wrong canonical address to the build's one verdict,
 * all of them at once, and writes no sitemap that would list a wrong address; used alone,
 * without a verdict, it stops the build itself.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { buildVerdict } from '../../src/integrations/build-verdict.ts';
import { sitemap } from '../../src/integrations/sitemap.ts';

const scratch = mkdtempSync(join(tmpdir(), 'portal-sitemap-verdict-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const SITE = 'https://contoh-balai-pom.example';
const page = (canonical: string) =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Halaman</title><link rel="canonical" href="${canonical}"></head><body><main><h1>Halaman</h1></main></body></html>`;

function dist(): string {
  const out = join(scratch, 'dist');
  for (const [path, canonical] of [['berita', `${SITE}/salah/`], ['layanan', `${SITE}/juga-salah/`], ['profil', `${SITE}/profil/`]] as const) {
    mkdirSync(join(out, path), { recursive: true });
    writeFileSync(join(out, path, 'index.html'), page(canonical));
  }
  return out;
}

type Hook = (options: Record<string, unknown>) => Promise<void> | void;
const hook = (integration: AstroIntegration, name: string) => integration.hooks[name as keyof AstroIntegration['hooks']] as unknown as Hook;
const logged: string[] = [];
const logger = { info: (m: string) => logged.push(m), warn: (m: string) => logged.push(m), error: (m: string) => logged.push(m) };

async function runSitemap(integration: AstroIntegration, out: string) {
  await hook(integration, 'astro:config:done')({ config: { site: SITE, root: pathToFileURL(`${scratch}/`) } });
  return hook(integration, 'astro:build:done')({ dir: pathToFileURL(`${out}/`), logger });
}

describe('the sitemap with wrong canonical addresses', () => {
  it('hands every wrong page to the verdict and writes no sitemap', async () => {
    const out = dist();
    const verdict = buildVerdict();
    await expect(runSitemap(sitemap({ verdict }), out)).resolves.toBeUndefined();
    expect(logged.join('\n')).toMatch(/\/berita\/[\s\S]*\/layanan\//);
    expect(existsSync(join(out, 'sitemap-index.xml'))).toBe(false);
    expect(() => hook(verdict.integration, 'astro:build:done')({})).toThrow('Peta situs: 2 halaman bermasalah.');
  });

  it('stops the build itself when it has no verdict', async () => {
    await expect(runSitemap(sitemap(), dist())).rejects.toThrow('Peta situs: 2 halaman bermasalah.');
  });
});
