/**
 * A worker thread that checks pages in jsdom, one message per page, until it is terminated.
 * It reads each page itself, so the build never holds every page's HTML at once. jsdom and
 * axe are loaded as soon as the worker starts, from Node's compile cache when the pool names
 * one, so a worker started ahead of the check (worker-pool.ts) is ready when pages arrive;
 * pages sent earlier wait for it.
 */
import { enableCompileCache } from 'node:module';
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { lowerThreadPriority } from '../../lib/thread-priority.ts';
import type { CheckMethod, KnownFrame } from './jsdom-check.ts';

export interface JsdomJob {
  id: number;
  /** Absolute path of the built HTML file. */
  file: string;
  /** Frames checked by an earlier build (jsdom-check.ts, `remember`), sent with a worker's first page. */
  knownFrames?: KnownFrame[];
}

/** What the pool tells each worker when it starts it. */
export interface JsdomWorkerData {
  method: CheckMethod;
  /** Where Node keeps the compiled code of jsdom and axe between builds. */
  compileCacheDir?: string;
  /** Started ahead of the check: the worker's thread yields to the build's (see worker-pool.ts). */
  ahead?: boolean;
}

/** A page's findings, with the frames this worker met for the first time since its last answer. */
export type JsdomJobResult = { id: number; findings: import('./types.ts').Finding[]; metFrames: KnownFrame[] } | { id: number; error: string };

if (!parentPort) throw new Error('jsdom-worker.ts runs only as a worker thread.');
const port = parentPort;
const settings = workerData as JsdomWorkerData | undefined;
// Started ahead, while Astro builds: this worker's thread alone yields to the build's.
if (settings?.ahead) lowerThreadPriority(10);
// Only a faster start: a Node without the compile cache, or a folder it cannot write, loads as before.
if (settings?.compileCacheDir) enableCompileCache?.(settings.compileCacheDir);
const checker = import('./jsdom-check.ts').then(({ createJsdomChecker }) => createJsdomChecker(settings?.method));
// Marked handled here; a failure to load is reported with the first page.
checker.catch(() => undefined);

/** How many of the checker's frames were already sent back. */
let framesSent = 0;

port.on('message', async (job: JsdomJob) => {
  try {
    const check = await checker;
    if (job.knownFrames) check.remember(job.knownFrames);
    const findings = await check(readFileSync(job.file, 'utf8'));
    const metFrames = [...check.metFrames].slice(framesSent);
    framesSent += metFrames.length;
    port.postMessage({ id: job.id, findings, metFrames } satisfies JsdomJobResult);
  } catch (error) {
    port.postMessage({ id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies JsdomJobResult);
  }
});
