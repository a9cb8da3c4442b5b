/**
 * Spreads the jsdom pass over every core. Each worker takes the next page as soon as it is
 * free, so one slow page does not hold a whole batch back. A worker costs about as much to
 * start as three pages cost to check, so a rebuild with few changed pages uses fewer workers.
 *
 * A worker spends most of a one-page check starting: loading jsdom and axe (about 0.35 s,
 * 0.23 s from Node's compile cache) and evaluating axe in a window (0.12 s), against 0.05 to
 * 0.18 s for the page itself. A rebuild therefore starts one worker while Astro is still
 * building (`startJsdomWorkers`), and the check takes it when the pages are written.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CheckMethod, KnownFrame } from './jsdom-check.ts';
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

/** How a worker is started: the checking method, and where Node keeps the compiled code of jsdom and axe between builds. */
export interface WorkerSettings {
  method?: CheckMethod;
  /** Node's compile cache folder (in the build cache); undefined: none. */
  compileCacheDir?: string | undefined;
}

function startWorker(settings: WorkerSettings, ahead = false): Worker {
  const workerData: JsdomWorkerData = { method: settings.method ?? 'frames', ahead, ...(settings.compileCacheDir ? { compileCacheDir: settings.compileCacheDir } : {}) };
  return new Worker(new URL('./jsdom-worker.ts', import.meta.url), { workerData, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
}

/** Workers started before they are needed, loading jsdom and axe meanwhile. */
export interface StartedWorkers {
  /** Up to `count` of the started workers for `method`, now the caller's to use and end. */
  take(count: number, method: CheckMethod): Worker[];
  /** Ends the workers nobody took. */
  close(): Promise<void>;
}

/**
 * Starts `count` workers ahead of a check. Waiting workers never keep the build's process
 * alive (a build that fails before its check ends as usual), and one that failed while
 * waiting is never handed out: the check starts a fresh one, whose failure it then reports.
 */
export function startJsdomWorkers(count: number, settings: WorkerSettings = {}): StartedWorkers {
  const method = settings.method ?? 'frames';
  let waiting = Array.from({ length: count }, () => {
    const worker = startWorker(settings, true);
    const entry = { worker, failed: false };
    worker.unref();
    worker.once('error', () => (entry.failed = true));
    worker.once('exit', () => (entry.failed = true));
    return entry;
  });
  return {
    take(wanted, wantedMethod) {
      if (wantedMethod !== method) return [];
      const usable = waiting.filter((entry) => !entry.failed).slice(0, wanted);
      waiting = waiting.filter((entry) => !usable.includes(entry));
      return usable.map(({ worker }) => {
        worker.removeAllListeners();
        worker.ref();
        return worker;
      });
    },
    async close() {
      const left = waiting;
      waiting = [];
      await Promise.all(left.map(({ worker }) => worker.terminate()));
    },
  };
}

/** How a run of `checkInWorkers` goes, beside the files. */
export interface WorkersRun {
  /** Number of workers; by default one per core, fewer for a handful of pages. */
  workers?: number | undefined;
  method?: CheckMethod | undefined;
  /** Workers started ahead of the check, used first. */
  started?: StartedWorkers | undefined;
  /** Node's compile cache folder for the workers started now. */
  compileCacheDir?: string | undefined;
  /** Frames an earlier build checked, sent to every worker with its first page. */
  knownFrames?: readonly KnownFrame[] | undefined;
}

export interface WorkersResult {
  /** Each file's findings, in the order of the files. */
  findings: Finding[][];
  /** The frames of the pages checked in this run, with the rules each broke (a frame two workers met comes twice, alike). */
  metFrames: KnownFrame[];
}

/**
 * Checks each HTML file in jsdom; answers in the same order. A page that crashes axe rejects the
 * whole run. With 'frames', each worker checks a frame the first time it meets it, unless an
 * earlier build checked it, so a frame is checked at most once per worker.
 */
export async function checkInWorkers(files: readonly string[], run: WorkersRun = {}): Promise<WorkersResult> {
  const findings: Finding[][] = new Array(files.length);
  const metFrames: KnownFrame[] = [];
  if (files.length === 0) return { findings, metFrames };
  const method = run.method ?? 'frames';
  const workers = run.workers ?? workerCountFor(files.length);
  const knownFrames = run.knownFrames?.length ? [...run.knownFrames] : undefined;
  let next = 0;
  const taken = run.started?.take(workers, method) ?? [];
  const pool = [...taken, ...Array.from({ length: workers - taken.length }, () => startWorker({ method, compileCacheDir: run.compileCacheDir }))];
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let first = true;
            const send = () => {
              if (next >= files.length) return resolve();
              const id = next++;
              worker.postMessage({ id, file: files[id] ?? '', ...(first && knownFrames ? { knownFrames } : {}) } satisfies JsdomJob);
              first = false;
            };
            worker.on('message', (result: JsdomJobResult) => {
              if ('error' in result) return reject(new Error(result.error));
              findings[result.id] = result.findings;
              metFrames.push(...result.metFrames);
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
  return { findings, metFrames };
}
