/**
 * The editor's bundle (/admin/: Decap CMS and the portal's forms, src/cms/admin.ts), made by
 * Vite apart from Astro's build. It does not depend on content, so a build after an editor's
 * change takes it from the build cache instead of bundling Decap's seven megabytes again
 * (about 3 s of every build). Its file is named by its key (bundle-key.ts), so the page names
 * it before it exists.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isStaleTemporary, temporaryPath } from '../build-cache/stage-cache.ts';
import { placeFromCache } from '../lib/files/place-from-cache.ts';
import { EDITOR_BUNDLE_DIR, FILE_LIST } from './paths.ts';

/** Bundles kept in the cache: the current one and the one before (a branch switched back). */
const KEPT_BUNDLES = 2;
const VITE_BUNDLER = fileURLToPath(new URL('./bundle-editor.ts', import.meta.url));

export interface EditorBundleReport {
  files: number;
  bytes: number;
  /** Taken from the build cache, not bundled in this build. */
  reused: boolean;
  milliseconds: number;
}

/** Runs the bundler script (bundle-editor.ts); rejects with what it printed when it fails. */
function runBundler(bundler: string, root: string, outDir: string, key: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundler, root, outDir, key], {
      cwd: root,
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(output.trim() || `exit code ${code}`))));
  });
}

/** The files of a whole bundle in `folder`, or undefined when its list is missing, damaged or names a missing file. */
function readFileList(folder: string): string[] | undefined {
  try {
    const files = JSON.parse(readFileSync(join(folder, FILE_LIST), 'utf8')) as unknown;
    if (!Array.isArray(files) || files.length === 0 || !files.every((file) => typeof file === 'string')) return undefined;
    return files.every((file) => statSync(join(folder, file), { throwIfNoEntry: false })?.isFile()) ? files : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the newest bundles and removes the rest, and temporary folders left by builds that died. */
function prune(cacheDir: string, current: string): void {
  const now = Date.now();
  const folders = readdirSync(cacheDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({ name: entry.name, path: join(cacheDir, entry.name) }));
  const stale = folders.filter((folder) => isStaleTemporary(folder.name, folder.path));
  const older = folders
    .filter((folder) => !folder.name.endsWith('.tmp') && folder.name !== current)
    .map((folder) => ({ ...folder, age: now - statSync(folder.path).mtimeMs }))
    .sort((a, b) => a.age - b.age)
    .slice(KEPT_BUNDLES - 1);
  for (const folder of [...stale, ...older]) rmSync(folder.path, { recursive: true, force: true });
}

/** Runs the bundler into `folder` and returns the files it wrote, as its list names them. */
async function bundleInto(bundler: string, root: string, folder: string, key: string): Promise<string[]> {
  await runBundler(bundler, root, folder, key);
  const files = readFileList(folder);
  if (!files) throw new Error(`${folder}/${FILE_LIST} is missing after bundling`);
  return files;
}

/** Bundles into `cacheDir/key`, written whole under a temporary name first, and returns its files. */
async function bundleIntoCache(bundler: string, root: string, cacheDir: string, key: string): Promise<string[]> {
  const folder = join(cacheDir, key);
  const temporary = temporaryPath(folder);
  try {
    const files = await bundleInto(bundler, root, temporary, key);
    rmSync(folder, { recursive: true, force: true });
    renameSync(temporary, folder);
    return files;
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    // Another build of the same code may have put the same bundle in place first.
    const placed = readFileList(folder);
    if (!placed) throw error;
    return placed;
  }
}

export interface PrepareOptions {
  root: string;
  key: string;
  /**
   * The build cache's folder for the bundle. Without one the editor is bundled anew for every
   * build, into a temporary folder beside where the cache would be (the bare build of the
   * benchmark, as plain Astro bundles a page's script every time).
   */
  cacheDir?: string | undefined;
  /** Where the temporary folder goes when there is no cache. */
  scratchDir: string;
  /** The script that bundles, run with `<root> <outDir> <key>`: bundle-editor.ts unless a test gives its own. */
  bundler?: string;
}

/** A bundle ready to be put into a build: its folder and files, and whether the folder is the cache's or a temporary one. */
export interface PreparedBundle {
  folder: string;
  files: string[];
  reused: boolean;
  temporary: boolean;
  /** How long making it ready took (not the wait until the build came back for it). */
  milliseconds: number;
}

/**
 * Makes the bundle ready, before Astro has written the build: found whole in `cacheDir`, or
 * bundled now (into the cache, written whole under a temporary name and renamed, so a build
 * stopped halfway never leaves half a bundle to be trusted; or into a temporary folder).
 */
export async function prepareEditorBundle(options: PrepareOptions): Promise<PreparedBundle> {
  const started = performance.now();
  const { root, key, cacheDir, scratchDir, bundler = VITE_BUNDLER } = options;
  if (!cacheDir) {
    mkdirSync(scratchDir, { recursive: true });
    const folder = temporaryPath(join(scratchDir, key));
    try {
      const files = await bundleInto(bundler, root, folder, key);
      return { folder, files, reused: false, temporary: true, milliseconds: performance.now() - started };
    } catch (error) {
      rmSync(folder, { recursive: true, force: true });
      throw error;
    }
  }
  mkdirSync(cacheDir, { recursive: true });
  const folder = join(cacheDir, key);
  const cached = readFileList(folder);
  const files = cached ?? (await bundleIntoCache(bundler, root, cacheDir, key));
  const now = new Date();
  utimesSync(folder, now, now);
  prune(cacheDir, key);
  return { folder, files, reused: cached !== undefined, temporary: false, milliseconds: performance.now() - started };
}

/** Puts a prepared bundle into the build's `dist`: linked from the cache, or moved from its temporary folder. */
export function placeEditorBundle(prepared: PreparedBundle, dist: string): EditorBundleReport {
  const started = performance.now();
  const target = join(dist, EDITOR_BUNDLE_DIR);
  mkdirSync(target, { recursive: true });
  const bytes = prepared.files.reduce((sum, file) => sum + statSync(join(prepared.folder, file)).size, 0);
  for (const file of prepared.files) {
    if (prepared.temporary) renameSync(join(prepared.folder, file), join(target, file));
    else placeFromCache(join(prepared.folder, file), join(target, file));
  }
  if (prepared.temporary) rmSync(prepared.folder, { recursive: true, force: true });
  return { files: prepared.files.length, bytes, reused: prepared.reused, milliseconds: Math.round(prepared.milliseconds + performance.now() - started) };
}
