/**
 * One reading of the finished pages per build, shared by every gate that runs in
 * astro:build:done (sitemap, share cards, page weight, accessibility, site check, security
 * headers), so a build reads and hashes each page once instead of once per gate. Create one
 * in astro.config.mjs, register its integration before the gates and hand it to each of them.
 *
 * A reading belongs to one build: the integration forgets it when the next build starts, so
 * two builds in one process never share pages. Within a build, a gate that asks again gets
 * the same reading, refreshed only for HTML files written since (say, by an integration
 * between two gates).
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBuiltPages, type BuiltPagesReading } from './read-pages.ts';

export interface FinishedPages {
  integration: AstroIntegration;
  /** The pages of the build folder, read once per build. */
  read(outDir: string): BuiltPagesReading;
}

/** Where the facts cache lives in a project. */
export function factsCacheDir(root: string): string {
  return join(root, 'node_modules/.cache/portal-pages');
}

export function finishedPages(options: { cacheDir?: string | false } = {}): FinishedPages {
  let cacheDir: string | undefined;
  /** Undefined until a build starts: without the integration nothing is kept between calls. */
  let readings: Map<string, BuiltPagesReading> | undefined;
  return {
    integration: {
      name: 'portal:finished-pages',
      hooks: {
        'astro:config:done': ({ config }) => {
          cacheDir = options.cacheDir === false ? undefined : (options.cacheDir ?? factsCacheDir(fileURLToPath(config.root)));
        },
        'astro:build:start': () => {
          readings = new Map();
        },
      },
    },
    read(folder) {
      const outDir = folder.replace(/\/+$/, '');
      const reading = readBuiltPages(outDir, { cacheDir, sameBuild: readings?.get(outDir) });
      readings?.set(outDir, reading);
      return reading;
    },
  };
}

/**
 * The pages for a gate: the build's shared reading when the gate was given one, otherwise a
 * reading of its own (a gate used alone, as in a fixture or a test).
 */
export function pagesForGate(shared: FinishedPages | undefined, outDir: string, root: string): BuiltPagesReading {
  return shared ? shared.read(outDir) : readBuiltPages(outDir, { cacheDir: factsCacheDir(root) });
}
