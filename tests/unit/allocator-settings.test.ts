import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { astroBuildEnvironment } from '../../scripts/lib/astro-build-environment.ts';
import { PAGEFIND_ALLOCATOR_SETTING, pagefindEnvironment, runPagefind } from '../../src/integrations/pagefind-cli.ts';

const releaseMemoryModule = fileURLToPath(new URL('../../src/integrations/release-memory.ts', import.meta.url));

describe("the environment npm run build starts Astro in", () => {
  it('has the native allocator hand freed memory back at once and lets the build ask for a collection', () => {
    expect(astroBuildEnvironment({ PATH: '/usr/bin' })).toEqual({ PATH: '/usr/bin', MIMALLOC_PURGE_DELAY: '0', NODE_OPTIONS: '--expose-gc' });
  });

  it("keeps settings and Node options the machine's owner already made", () => {
    const environment = astroBuildEnvironment({ MIMALLOC_PURGE_DELAY: '50', NODE_OPTIONS: '--max-old-space-size=4096' });
    expect(environment['MIMALLOC_PURGE_DELAY']).toBe('50');
    expect(environment['NODE_OPTIONS']).toBe('--max-old-space-size=4096 --expose-gc');
    expect(astroBuildEnvironment({ NODE_OPTIONS: '--expose-gc' })['NODE_OPTIONS']).toBe('--expose-gc');
  });

  it('lets the build hand memory back, and the build does without it elsewhere', () => {
    const script = `const { releaseUnusedMemory } = await import(${JSON.stringify(releaseMemoryModule)}); console.log(releaseUnusedMemory());`;
    const run = (env: NodeJS.ProcessEnv) => spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env }).stdout.trim();
    const withoutOptions = { ...process.env, NODE_OPTIONS: '' };
    expect(run(astroBuildEnvironment(withoutOptions))).toBe('true');
    expect(run(withoutOptions)).toBe('false');
  });
});

describe('the environment Pagefind runs in', () => {
  it('gives its allocator a single arena', () => {
    expect(pagefindEnvironment({ HOME: '/root' })).toEqual({ HOME: '/root', _RJEM_MALLOC_CONF: 'narenas:1' });
  });

  it("keeps a setting the machine's owner already made", () => {
    expect(pagefindEnvironment({ _RJEM_MALLOC_CONF: 'narenas:4' })['_RJEM_MALLOC_CONF']).toBe('narenas:4');
  });

  const folders: string[] = [];
  const binaryBefore = process.env['PAGEFIND_BINARY_PATH'];
  afterEach(() => {
    folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true }));
    if (binaryBefore === undefined) delete process.env['PAGEFIND_BINARY_PATH'];
    else process.env['PAGEFIND_BINARY_PATH'] = binaryBefore;
  });

  it('reaches the Pagefind process the build starts', async () => {
    // A stand-in binary (the resolver honours PAGEFIND_BINARY_PATH) writes the setting it
    // was started with to the output path it was given.
    const folder = mkdtempSync(join(tmpdir(), 'portal-pagefind-env-'));
    folders.push(folder);
    const binary = join(folder, 'pagefind');
    writeFileSync(binary, '#!/bin/sh\nprintf "%s" "$_RJEM_MALLOC_CONF" > "$4"\n');
    chmodSync(binary, 0o755);
    process.env['PAGEFIND_BINARY_PATH'] = binary;
    const output = join(folder, 'setting.txt');
    await runPagefind({ site: folder, outputPath: output, language: 'id' });
    expect(readFileSync(output, 'utf8')).toBe(PAGEFIND_ALLOCATOR_SETTING);
  });
});
