/**
 * Throwaway copies of the project for the build benchmarks: the code, the given content and
 * the project's packages (node_modules linked entry by entry, so Astro's cache and the
 * portal's build cache stay each copy's own). Never the project's own content/.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { linkNodeModules } from '../lib/link-node-modules.ts';

/** A copy in the temporary folder, named after the size and kind it is for; `content` fills its content/. */
export function makeBenchProject(projectRoot: string, size: number, kind: string, content: (contentDir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), `portal-bench-${size}-${kind}-`));
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(projectRoot, item), join(dir, item), { recursive: true });
  linkNodeModules(projectRoot, dir, { shareBuildCaches: false });
  content(join(dir, 'content'));
  return dir;
}

/** Removes every output and cache of a copy, so its next build is cold. */
export function cleanCaches(dir: string): void {
  for (const item of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.cache', '.cache']) rmSync(join(dir, item), { recursive: true, force: true });
}
