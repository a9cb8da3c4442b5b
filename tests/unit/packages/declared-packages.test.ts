/**
 * What package.json declares matches what the code imports: `npm install --omit=dev` gives
 * everything the portal needs to build and run (src/, astro.config.mjs and the scripts an
 * office runs) and nothing only tests and benchmarks use, and every imported package is
 * declared (a package that only arrives as another's dependency can vanish in any update).
 */
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importedPackages } from './imported-packages.ts';

const root = join(import.meta.dirname, '../../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const dependencies = new Set(Object.keys(manifest.dependencies));
const devDependencies = new Set(Object.keys(manifest.devDependencies));

/** Packages the portal needs without naming them in an import, each with why. */
const USED_WITHOUT_IMPORT: Record<string, string> = {
  node: 'the Node 24 every script runs on (Debian ships an older one; Astro needs 22.12 or later)',
  'dejavu-fonts-ttf': 'the share cards are drawn in its fonts, read as files (src/integrations/share-images.ts)',
  'react-dom': 'decap-cms-app draws the editor with it; it is bundled into /admin/',
};

/** Scripts for developers only: benchmarks. Everything else in scripts/ is run by offices or pipelines. */
const DEVELOPER_SCRIPTS = /^scripts\/(bench[-/]|bench\.)/;

function filesUnder(folder: string): string[] {
  return readdirSync(join(root, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(join(root, path)).isDirectory()) return filesUnder(path);
    return /\.(ts|tsx|mjs|js|astro)$/.test(name) ? [path] : [];
  });
}

const runtimeFiles = ['astro.config.mjs', ...filesUnder('src'), ...filesUnder('scripts').filter((file) => !DEVELOPER_SCRIPTS.test(file))];
const developerFiles = [...filesUnder('tests'), ...filesUnder('scripts').filter((file) => DEVELOPER_SCRIPTS.test(file)), 'vitest.config.ts'];

const builtins = new Set(builtinModules);
function packagesOf(files: string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of files) {
    for (const name of importedPackages(readFileSync(join(root, file), 'utf8'))) {
      if (!builtins.has(name) && !found.has(name)) found.set(name, relative(root, join(root, file)));
    }
  }
  return found;
}

describe('declared packages', () => {
  const runtime = packagesOf(runtimeFiles);
  const developer = packagesOf(developerFiles);

  it('declares every package the portal imports as a dependency', () => {
    const undeclared = [...runtime].filter(([name]) => !dependencies.has(name)).map(([name, file]) => `${name} (${file})`);
    expect(undeclared).toEqual([]);
  });

  it('keeps in dependencies only what the portal itself imports or runs', () => {
    const unused = [...dependencies].filter((name) => !runtime.has(name) && !(name in USED_WITHOUT_IMPORT));
    expect(unused).toEqual([]);
  });

  it('declares every package the tests and benchmarks import', () => {
    const undeclared = [...developer].filter(([name]) => !dependencies.has(name) && !devDependencies.has(name)).map(([name, file]) => `${name} (${file})`);
    expect(undeclared).toEqual([]);
  });

  it('installs what is used without an import with the portal itself', () => {
    expect(Object.keys(USED_WITHOUT_IMPORT).filter((name) => !dependencies.has(name))).toEqual([]);
  });

  it('declares each package once', () => {
    expect([...dependencies].filter((name) => devDependencies.has(name))).toEqual([]);
  });
});
