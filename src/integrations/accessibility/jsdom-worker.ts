/**
 * A worker thread that checks pages in jsdom, one message per page, until it is terminated.
 * It reads each page itself, so the build never holds every page's HTML at once.
 */
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { createJsdomChecker, type CheckMethod } from './jsdom-check.ts';

export interface JsdomJob {
  id: number;
  /** Absolute path of the built HTML file. */
  file: string;
}

/** What the pool tells each worker when it starts it. */
export interface JsdomWorkerData {
  method: CheckMethod;
}

export type JsdomJobResult = { id: number; findings: import('./types.ts').Finding[] } | { id: number; error: string };

if (!parentPort) throw new Error('jsdom-worker.ts runs only as a worker thread.');
const port = parentPort;
const check = createJsdomChecker((workerData as JsdomWorkerData | undefined)?.method);

port.on('message', async (job: JsdomJob) => {
  try {
    port.postMessage({ id: job.id, findings: await check(readFileSync(job.file, 'utf8')) } satisfies JsdomJobResult);
  } catch (error) {
    port.postMessage({ id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies JsdomJobResult);
  }
});
