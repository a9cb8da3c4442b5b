/** Small built sites for the search index tests, in temporary folders removed after the test file. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';

/**
 * Returns a function that writes a site of the given pages (output path → content of <body>)
 * and returns its folder; `track` adds other folders to remove. Call it once, at the top of a test file.
 */
/** Writes whole HTML files (output path → document) into a site folder. */
export function writePages(dir: string, files: Record<string, string>): void {
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
}

export function searchFixtureSites(prefix: string): { site: (pages: Record<string, string>) => string; track: (dir: string) => void } {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const site = (pages: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    writePages(dir, Object.fromEntries(Object.entries(pages).map(([path, body]) => [path, `<!doctype html><html lang="id"><head><title>t</title></head><body>${body}</body></html>`])));
    return dir;
  };
  return { site, track: (dir) => dirs.push(dir) };
}
