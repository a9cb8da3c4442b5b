/**
 * The portal's build as one Astro integration: it runs the stage graph of ./stages.ts (content
 * check, previous output aside, the reading of the finished pages, the checks beside the search
 * index, one verdict, then headers and precompression) and ends every build with a table of
 * where the time went. MDX stays an integration of its own, beside this one.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { removeRetiredCaches } from '../../build-cache/place.ts';
import { newStageRun, runHook } from './run-stages.ts';
import { stageTable } from './stage-table.ts';
import { portalStages, type PortalOptions } from './stages.ts';

export type { PortalOptions } from './stages.ts';

export function portal(options: PortalOptions): AstroIntegration {
  const stages = portalStages(options);
  const order = stages.map((stage) => stage.name);
  let run = newStageRun();
  return {
    name: 'portal',
    hooks: {
      'astro:config:setup': (params) => {
        run = newStageRun();
        // The stages' caches before the one build cache (src/build-cache/): nothing reads them.
        removeRetiredCaches(fileURLToPath(params.config.root));
        return runHook(stages, 'astro:config:setup', params, run);
      },
      'astro:config:done': (params) => runHook(stages, 'astro:config:done', params, run),
      'astro:build:start': (params) => runHook(stages, 'astro:build:start', params, run),
      'astro:build:done': async (params) => {
        const started = performance.now();
        try {
          await runHook(stages, 'astro:build:done', params, run);
        } finally {
          // A failing build prints the stages it ran, up to the one that failed.
          params.logger.info(`\n${stageTable(run.timings, order, Math.round(performance.now() - started))}`);
          run = newStageRun();
        }
      },
    },
  };
}
