/**
 * One reading of the finished pages per build, shared by every gate that runs in
 * astro:build:done (sitemap, share cards, page weight, accessibility, site check), so a build
 * reads and hashes each page once instead of once per gate. The portal's stage graph
 * (src/integrations/portal/stages.ts) creates one, runs its integration as the stage that
 * reads the pages, before the gates, and hands it to each of them.
 *
 * A reading belongs to one build: the integration forgets it when the next build starts, so
 * two builds in one process never share pages. Within a build, a gate that asks again gets
 * the same reading, refreshed for HTML files written or removed since. A gate that lists the
 * folder itself (site check, security headers) hands its list over, so pages added after the
 * first gate are read too; the others reuse the first gate's list.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { chosenCacheDir, stageCacheDir } from '../build-cache/place.ts';
import type { BuiltPage } from './list-pages.ts';
import { readBuiltPages, type BuiltPagesReading } from './read-pages.ts';

export interface FinishedPages {
  integration: AstroIntegration;
  /** The pages of the build folder, read once per build; `listed`: the pages as the gate just listed them. */
  read(outDir: string, listed?: readonly BuiltPage[]): BuiltPagesReading;
}

/** `cacheDir`: the page facts' own cache folder, or false for none; by default the project's build cache. */
export function finishedPages(options: { cacheDir?: string | false } = {}): FinishedPages {
  let cacheDir: string | undefined;
  /** Undefined until a build starts: without the integration nothing is kept between calls. */
  let readings: Map<string, BuiltPagesReading> | undefined;
  const read = (folder: string, listed?: readonly BuiltPage[]): BuiltPagesReading => {
    const outDir = folder.replace(/\/+$/, '');
    const reading = readBuiltPages(outDir, { cacheDir, sameBuild: readings?.get(outDir), listed });
    readings?.set(outDir, reading);
    return reading;
  };
  return {
    integration: {
      name: 'portal:finished-pages',
      hooks: {
        'astro:config:done': ({ config }) => {
          cacheDir = chosenCacheDir(options.cacheDir, fileURLToPath(config.root), 'page-facts');
        },
        'astro:build:start': () => {
          readings = new Map();
        },
        // The reading itself: every gate after it reuses it.
        'astro:build:done': ({ dir }) => {
          read(fileURLToPath(dir));
        },
      },
    },
    read,
  };
}

/**
 * The pages for a gate: the build's shared reading when the gate was given one, otherwise a
 * reading of its own (a gate used alone, as in a fixture or a test).
 */
export function pagesForGate(shared: FinishedPages | undefined, outDir: string, root: string, listed?: readonly BuiltPage[]): BuiltPagesReading {
  return shared ? shared.read(outDir, listed) : readBuiltPages(outDir, { cacheDir: stageCacheDir(root, 'page-facts'), listed });
}
