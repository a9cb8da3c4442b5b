/**
 * What an entry's checks learned about other files (does the photo exist, how large is the
 * PDF). Each answer is remembered, so a cached result can be trusted only while every file
 * it looked at still answers the same: deleting a photo re-checks the article that uses it.
 */
import { statSync } from 'node:fs';

/** Size in bytes, or -1 for a file that does not exist. */
export type FileFacts = Record<string, number>;

export interface FileProbe {
  exists(path: string): boolean;
  /** Size in bytes, undefined when the file does not exist. */
  size(path: string): number | undefined;
}

function sizeNow(path: string): number {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats?.isFile() ? stats.size : stats ? 0 : -1;
}

/** A probe that answers from the file system and keeps every answer it gave. */
export function recordingProbe(): FileProbe & { facts: FileFacts } {
  const facts: FileFacts = {};
  const look = (path: string) => (facts[path] ??= sizeNow(path));
  return {
    facts,
    exists: (path) => look(path) !== -1,
    size: (path) => {
      const size = look(path);
      return size === -1 ? undefined : size;
    },
  };
}

/** True when every file looked at earlier still exists (or is still missing) with the same size. */
export function factsStillHold(facts: FileFacts): boolean {
  for (const [path, size] of Object.entries(facts)) if (sizeNow(path) !== size) return false;
  return true;
}
