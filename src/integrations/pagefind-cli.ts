/**
 * Runs Pagefind's own command-line indexer over a folder of documents, through the command the
 * package declares, never its private files. Indexing 5,000 pages
 * this way takes about two thirds of the time of the Node API, which receives the pages one
 * by one over a pipe and writes the index from a single thread; the command reads its folder
 * and writes the index in parallel.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { messages } from './search-index-messages.ts';

/**
 * The `pagefind` command the package declares (its manifest's "bin", what `npx pagefind` runs).
 * That small Node script picks the binary installed for this platform (honouring
 * PAGEFIND_BINARY_PATH) and runs it with this process's arguments and environment.
 */
function pagefindCommand(): string {
  const entry = import.meta.resolve('pagefind');
  const manifestFile = findPackageJSON(entry);
  if (!manifestFile) throw new Error(`${fileURLToPath(entry)}: no package.json above Pagefind's entry point`);
  const { bin } = JSON.parse(readFileSync(manifestFile, 'utf8')) as { bin?: string | Record<string, string> };
  const script = typeof bin === 'string' ? bin : bin?.['pagefind'];
  if (!script) throw new Error(`${manifestFile}: Pagefind declares no pagefind command`);
  return join(dirname(manifestFile), script);
}

/**
 * Pagefind's allocator (jemalloc) keeps several arenas, by default four per CPU, and the index
 * of a large site is built across them: at 5,000 pages the process peaked at 1.84 GB.
 * With a single arena it peaks at 1.47 GB, in the same time, and writes the same index byte for
 * byte. That is the part of the build's memory that runs beside Astro's own process, so it
 * decides whether the build stays within 3 GB. A setting already in the environment is kept.
 */
export const PAGEFIND_ALLOCATOR_SETTING = 'narenas:1';

/** The environment Pagefind runs in: this process's own, with the allocator setting above. */
export function pagefindEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...env, _RJEM_MALLOC_CONF: env['_RJEM_MALLOC_CONF'] ?? PAGEFIND_ALLOCATOR_SETTING };
}

export interface PagefindRun {
  /** Folder of HTML documents to index; their paths inside it become the result URLs. */
  site: string;
  outputPath: string;
  /** Every document is indexed in this language (ISO 639-1). */
  language: string;
  /** Called once Pagefind's process is running. */
  onStart?: (() => void) | undefined;
}

/** Resolves when the index is written; rejects with everything Pagefind printed when it fails. */
export async function runPagefind({ site, outputPath, language, onStart }: PagefindRun): Promise<void> {
  const command = pagefindCommand();
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    // Its own process group: the command runs the indexer as a child of its own, and stopping
    // the group stops both.
    const child = spawn(process.execPath, [command, '--site', site, '--output-path', outputPath, '--force-language', language, '--quiet'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: pagefindEnvironment(process.env),
      detached: true,
    });
    // The build runs other gates while Pagefind works; if one of them fails and the build
    // exits, Pagefind stops too instead of writing into an output that is being discarded.
    const stop = () => {
      try {
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already finished.
      }
    };
    process.once('exit', stop);
    child.once('spawn', () => onStart?.());
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', (error) => {
      process.off('exit', stop);
      reject(error);
    });
    child.on('close', (code) => {
      process.off('exit', stop);
      resolve(code);
    });
  });
  if (code !== 0) throw new Error(messages.pagefindExited(code, output.join('').trim()));
}
