/**
 * Puts a cached file into the build as a hard link, replacing whatever is there: a rebuild
 * with everything cached then writes no bytes at all. Falls back to a copy where links are
 * impossible (cache and build on different disks). Code that later changes a built file
 * must replace it, never write into it, or it would change the cached copy too.
 */
import { copyFileSync, linkSync, rmSync } from 'node:fs';

export function placeFromCache(cached: string, target: string): void {
  rmSync(target, { force: true });
  try {
    linkSync(cached, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw error;
    copyFileSync(cached, target);
  }
}
