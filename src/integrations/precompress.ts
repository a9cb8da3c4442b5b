/**
 * Writes .gz and .br copies of the build's text files (pages, CSS, JS, SVG, sitemap, search
 * index metadata). The last stage of the build (src/integrations/portal/stages.ts), so it
 * compresses the final bytes of every file the other stages wrote.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { stageCacheDir } from '../build-cache/place.ts';
import { precompressFiles } from '../hosting/precompress.ts';
import { listBuiltFiles } from '../site-check/built-files.ts';
import { hosting as t } from '../strings/hosting.ts';

const kb = (bytes: number) => Math.round(bytes / 1024);

export function precompress(): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'portal:precompress',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = stageCacheDir(fileURLToPath(config.root), 'precompress');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir).replace(/\/$/, '');
        const files = listBuiltFiles(out).filter((file) => !file.startsWith('/_nginx/') && file !== '/_headers');
        const totals = await precompressFiles(files.map((file) => `${out}${file}`), cacheDir);
        logger.info(t.precompress.done(totals.files, kb(totals.gzipBytes), kb(totals.brotliBytes), kb(totals.originalBytes), Math.round(performance.now() - started)));
      },
    },
  };
}
