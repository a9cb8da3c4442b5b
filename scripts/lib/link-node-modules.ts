/**
 * Gives a temporary copy of the project the same packages without sharing Astro's own cache:
 * node_modules is a real folder whose entries link to the project's packages, except
 * `.astro` (Astro's content store and image cache). Linking the whole folder would let two
 * copies building at once read each other's content.
 */
import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

export function linkNodeModules(projectRoot: string, copyRoot: string, options: { shareBuildCaches?: boolean } = {}): void {
  const source = join(projectRoot, 'node_modules');
  const target = join(copyRoot, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(source)) {
    if (entry === '.astro') continue;
    // The portal's own caches (accessibility results, share images) are keyed by content, so
    // copies may share them unless a measurement needs a cold start.
    if (entry === '.cache' && options.shareBuildCaches === false) continue;
    symlinkSync(join(source, entry), join(target, entry));
  }
}
