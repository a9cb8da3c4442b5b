/**
 * The version of the code that produces a stage's cache entries, part of every entry's key
 * (stage-cache.ts): a digest of the source files the stage's results depend on, the versions
 * of the packages it uses and any setting that shapes its results. Change any of them and the
 * stage's old entries are no longer found; pruning removes them a few builds later.
 */
import { createHash } from 'node:crypto';
import { globSync, readFileSync, statSync } from 'node:fs';
import { findPackageJSON } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CodeParts {
  /** Source files, or folders (every .ts file below them), whose change can change an entry. */
  sources: readonly URL[];
  /** Packages whose version can change an entry. */
  packages?: readonly string[];
  /** Anything else that shapes an entry: options, rule names, a version bumped by hand. */
  settings?: readonly string[];
}

const srcDir = fileURLToPath(new URL('..', import.meta.url));

/** A package's version as its package.json says; '?' for a package that is not installed. */
export function packageVersion(name: string): string {
  try {
    const file = findPackageJSON(name, import.meta.url);
    return file ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : '?';
  } catch {
    return '?';
  }
}

/** Every file a source stands for, sorted: the file itself, or the .ts files of a folder. */
function filesOf(source: URL): string[] {
  const path = fileURLToPath(source);
  if (!statSync(path).isDirectory()) return [path];
  return globSync('**/*.ts', { cwd: path })
    .sort()
    .map((file) => join(path, file));
}

const computed = new Map<string, string>();

/** Computed once per process and set of parts: the files are read once, not once per build. */
export function codeVersion(parts: CodeParts): string {
  const id = JSON.stringify([parts.sources.map(String), parts.packages ?? [], parts.settings ?? []]);
  let version = computed.get(id);
  if (version === undefined) {
    const hash = createHash('sha256');
    for (const file of parts.sources.flatMap(filesOf)) hash.update(`${relative(srcDir, file)}\0`).update(readFileSync(file)).update('\0');
    for (const name of parts.packages ?? []) hash.update(`${name}@${packageVersion(name)}\0`);
    for (const setting of parts.settings ?? []) hash.update(`${setting}\0`);
    version = hash.digest('hex');
    computed.set(id, version);
  }
  return version;
}
