/**
 * Every page the build writes is valid HTML by the Nu HTML Checker (the W3C's own checker,
 * from the vnu-jar package), and no button or link is served empty, waiting for a script to
 * fill it. All pages go to one checker run: one Java start for the whole site, a few seconds.
 */
import { spawnSync } from 'node:child_process';
import { globSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { builtPages } from '../helpers/html.ts';
import { distDir } from '../helpers/paths.ts';

/** The checker's jar: the vnu-jar module's export is its path. */
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  message?: string;
  extract?: string;
}

/** Every built HTML file, the editor's page at /admin/ included. */
const files = globSync('**/*.html', { cwd: distDir }).sort();

/** The checker's errors for all files, each as "file:line:column: message". */
function vnuErrors(): string[] {
  const result = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
    cwd: distDir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  // The checker writes its JSON report to standard error and exits with 1 when it found errors.
  const report = JSON.parse(result.stderr) as { messages?: VnuMessage[] };
  if (!Array.isArray(report.messages)) throw new Error(`Unexpected checker output: ${result.stderr.slice(0, 500)}`);
  return report.messages
    .filter((message) => message.type === 'error' || message.subType === 'fatal')
    .map((message) => {
      const file = (message.url ?? '?').replace(/^file:/, '').replace(`${distDir}/`, 'dist/');
      const line = message.lastLine ?? message.firstLine ?? '?';
      return `${file}:${line}:${message.firstColumn ?? '?'}: ${message.message ?? ''}${message.extract ? ` (${message.extract.trim()})` : ''}`;
    });
}

describe('the built site', () => {
  test('has pages to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  test('is valid HTML on every page, by the Nu HTML Checker', () => {
    const errors = vnuErrors();
    expect(errors, errors.join('\n')).toEqual([]);
  });

  test('serves no empty button or link', () => {
    const empty = builtPages().flatMap(({ file, document }) =>
      [...document.querySelectorAll('button, a[href]')]
        .filter((element) => {
          const text = element.textContent?.trim() ?? '';
          const label = element.getAttribute('aria-label')?.trim() ?? '';
          const imageAlt = [...element.querySelectorAll('img[alt]')].some((image) => image.getAttribute('alt')?.trim());
          return !text && !label && !imageAlt;
        })
        .map((element) => `dist/${file}: ${element.outerHTML.slice(0, 160)}`),
    );
    expect(empty, empty.join('\n')).toEqual([]);
  });
});
