/**
 * The search index in two parts, as the build registers it: the first part returns once
 * Pagefind is running, the second waits for the index and reports it (or its failure).
 * Real Pagefind on a fixture site; the hooks get the parts of Astro's arguments they use.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { searchFixtureSites } from '../helpers/search-fixture-site.ts';
import { searchIndexAlongside } from '../../src/integrations/search-index-alongside.ts';

const { site } = searchFixtureSites('portal-search-alongside-');

/** What the hooks log, by label. */
function recordingLogger(lines: string[], label = 'portal:search-index'): AstroIntegrationLogger {
  return {
    info: (message: string) => lines.push(`[${label}] ${message}`),
    warn: (message: string) => lines.push(`[${label}] ${message}`),
    error: (message: string) => lines.push(`[${label}] ${message}`),
    debug: () => undefined,
    fork: (next: string) => recordingLogger(lines, next),
  } as unknown as AstroIntegrationLogger;
}

type BuildDone = (options: { dir: URL; logger: AstroIntegrationLogger }) => unknown;
const buildDone = (integration: AstroIntegration) => integration.hooks['astro:build:done'] as unknown as BuildDone;
const configDone = (integration: AstroIntegration, root: string) =>
  (integration.hooks['astro:config:done'] as unknown as (options: { config: { root: URL } }) => void)({ config: { root: pathToFileURL(`${root}/`) } });

/** Both parts over a fixture site of these pages, with what they log. */
function alongside(pages: Record<string, string>) {
  const dir = site(pages);
  const parts = searchIndexAlongside();
  configDone(parts.start, dir);
  const lines: string[] = [];
  const build = () => ({ dir: pathToFileURL(`${dir}/`), logger: recordingLogger(lines) });
  return { dir, parts, lines, start: () => buildDone(parts.start)(build()), finish: () => buildDone(parts.finish)(build()) };
}

describe('searchIndexAlongside', () => {
  it('lets the build go on once Pagefind is running, and its second part reports the index once it is written', async () => {
    const { dir, lines, start, finish } = alongside({ 'layanan/impor/index.html': '<main data-pagefind-body><h1>Surat keterangan impor</h1></main>' });
    await start();
    // Pagefind is at work: its index is not in place yet.
    expect(existsSync(join(dir, 'pagefind/pagefind-entry.json'))).toBe(false);
    await finish();
    expect(existsSync(join(dir, 'pagefind/pagefind-entry.json'))).toBe(true);
    expect(lines[0]).toMatch(/^\[portal:search-index\] Indeks pencarian: 1 halaman dalam \d+ ms, \d+ KB di \/pagefind\/\.$/);
    expect(lines[1]).toMatch(/^\[portal:search-index-wait\] .*menunggunya \d+ ms\.$/);
  });

  it('fails the build in its second part, with the reason and the fix, when the index fails', async () => {
    const { parts, lines, start, finish } = alongside({ 'index.html': '<main><h1>Tanpa tanda</h1></main>' });
    await start();
    await expect(parts.settled()).resolves.toBeUndefined();
    await expect(finish()).rejects.toThrow(/tidak ada halaman dengan data-pagefind-body/);
    expect(lines).toEqual([]);
  });

  it('says how to register it when the second part runs without the first', async () => {
    const parts = searchIndexAlongside();
    await expect(buildDone(parts.finish)({ dir: pathToFileURL(`${tmpdir()}/`), logger: recordingLogger([]) })).rejects.toThrow(/Indeks pencarian tidak pernah dimulai/);
  });

  it('lets other work wait until the index is written', async () => {
    const { dir, parts, start, finish } = alongside({ 'berita/a/index.html': '<main data-pagefind-body><h1>Sertifikat pangan</h1></main>' });
    await start();
    await parts.settled();
    expect(existsSync(join(dir, 'pagefind/pagefind-entry.json'))).toBe(true);
    await finish();
  });
});
