/**
 * The build's verdict: the checks of the finished pages hand it their failures and the build
 * goes on to the other checks; the verdict then fails the build once, naming every check that
 * failed. The page-weight gate is run for real on a small folder to show a check reporting to
 * it instead of stopping the build.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AstroError } from 'astro/errors';
import { afterEach, describe, expect, it } from 'vitest';
import { buildVerdict, reportFailure, verdictError } from '../../src/integrations/build-verdict.ts';
import { pageWeight } from '../../src/integrations/page-weight.ts';

type Hook = (options: unknown) => unknown;

const linkFailure = new AstroError('Pemeriksaan tautan gagal: 2 masalah.', 'Rincian tiap masalah tercetak di atas.');
const accessibilityFailure = new AstroError('Pemeriksaan aksesibilitas gagal: 1 pelanggaran di 1 halaman.', 'Perbaiki elemen yang disebut.');

function buildDone(verdict: ReturnType<typeof buildVerdict>): () => unknown {
  return () => (verdict.integration.hooks['astro:build:done'] as Hook)({});
}

describe('verdictError', () => {
  it('is nothing when every check passed', () => {
    expect(verdictError([])).toBeUndefined();
  });

  it('is the failure itself when one check failed', () => {
    expect(verdictError([linkFailure])).toBe(linkFailure);
  });

  it('names every failed check, each with its hint, when several failed', () => {
    const error = verdictError([linkFailure, accessibilityFailure]);
    expect(error?.message).toBe('Pembangunan situs gagal: 2 pemeriksaan menemukan masalah.');
    expect(error?.hint).toContain(`- ${linkFailure.message} ${linkFailure.hint}`);
    expect(error?.hint).toContain(`- ${accessibilityFailure.message} ${accessibilityFailure.hint}`);
  });
});

describe('buildVerdict', () => {
  it('lets the build go on after a failure and fails it at the end with all of them', () => {
    const verdict = buildVerdict();
    expect(() => verdict.fail(linkFailure)).not.toThrow();
    verdict.fail(accessibilityFailure);
    expect(buildDone(verdict)).toThrow('2 pemeriksaan menemukan masalah');
  });

  it('passes a build in which no check failed, and forgets the failures of an earlier build', () => {
    const verdict = buildVerdict();
    expect(buildDone(verdict)).not.toThrow();
    verdict.fail(linkFailure);
    (verdict.integration.hooks['astro:build:start'] as Hook)({});
    expect(buildDone(verdict)).not.toThrow();
  });

  it('stops the build at once where a check has no verdict to report to', () => {
    expect(() => reportFailure(linkFailure, undefined)).toThrow(linkFailure);
    const verdict = buildVerdict();
    expect(() => reportFailure(linkFailure, verdict)).not.toThrow();
    expect(buildDone(verdict)).toThrow(linkFailure);
  });
});

describe('a check reporting to the verdict', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('prints its report and returns, and the verdict fails the build with its failure', () => {
    root = mkdtempSync(join(tmpdir(), 'portal-verdict-'));
    const out = join(root, 'dist');
    mkdirSync(join(out, 'profil'), { recursive: true });
    writeFileSync(join(out, 'profil/index.html'), '<html><body><script type="module" src="/x.js"></script></body></html>');
    writeFileSync(join(out, 'x.js'), 'console.log(1)');
    const verdict = buildVerdict();
    const gate = pageWeight({ reportFile: 'report.json', verdict });
    const lines: string[] = [];
    const log = (message: string) => lines.push(message);
    const logger = { info: log, warn: log, error: log, debug: log, fork: () => undefined, label: 'test', options: {} };
    (gate.hooks['astro:config:done'] as Hook)({ config: { root: pathToFileURL(`${root}/`) } });
    expect(() => (gate.hooks['astro:build:done'] as Hook)({ dir: pathToFileURL(`${out}/`), logger })).not.toThrow();
    expect(lines.join('\n')).toContain('/profil/: halaman isi tidak boleh memuat JavaScript');
    expect(buildDone(verdict)).toThrow('Anggaran ukuran halaman terlampaui: 1 masalah.');
  });
});
