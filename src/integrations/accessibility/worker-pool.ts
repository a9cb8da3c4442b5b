/**
 * Spreads the jsdom pass over every core. Each worker takes the next page as soon as it is
 * free, so one slow page does not hold a whole batch back. A worker costs about as much to
 * start as three pages cost to check, so a rebuild with few changed pages uses fewer workers.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CheckMethod } from './jsdom-check.ts';
import type { JsdomJob, JsdomJobResult, JsdomWorkerData } from './jsdom-worker.ts';
import type { Finding } from './types.ts';

const PAGES_WORTH_A_WORKER = 6;

/**
 * jsdom allocates many short-lived objects per page; a young generation of 96 MB (32 MB
 * semi-spaces, against V8's default 16) cut garbage collection enough to check a page about
 * a fifth faster on the two-core build machine.
 */
const YOUNG_GENERATION_MB = 96;

export function workerCountFor(pages: number, cores = availableParallelism()): number {
  if (pages === 0) return 0;
  return Math.max(1, Math.min(cores, Math.ceil(pages / PAGES_WORTH_A_WORKER)));
}

/**
 * Checks each HTML file in jsdom; answers in the same order. A page that crashes axe rejects the
 * whole run. With 'frames', each worker checks a frame the first time it meets it, so a frame
 * is checked at most once per worker.
 */
export async function checkInWorkers(files: readonly string[], workers = workerCountFor(files.length), method: CheckMethod = 'frames'): Promise<Finding[][]> {
  const results: Finding[][] = new Array(files.length);
  if (files.length === 0) return results;
  let next = 0;
  const pool = Array.from({ length: workers }, () => new Worker(new URL('./jsdom-worker.ts', import.meta.url), { workerData: { method } satisfies JsdomWorkerData, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }));
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= files.length) return resolve();
              const id = next++;
              worker.postMessage({ id, file: files[id] ?? '' } satisfies JsdomJob);
            };
            worker.on('message', (result: JsdomJobResult) => {
              if ('error' in result) return reject(new Error(result.error));
              results[result.id] = result.findings;
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => {
              if (next < files.length || code !== 0) reject(new Error(`A jsdom worker stopped early (exit code ${code}).`));
            });
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return results;
}
