/**
 * What an entry's checks learned about other files (does the photo exist, how large is the
 * PDF, what its bytes say it is). Each answer is remembered, so a cached result can be
 * trusted only while every file it looked at still answers the same: deleting a photo
 * re-checks the article that uses it, and so does replacing it with other bytes.
 */
import { statSync } from 'node:fs';
import { fileTypeFromFile } from 'file-type';

/**
 * Size in bytes, or -1 for a file that does not exist; for a file whose bytes were read, a
 * second fact under `path` + BYTES_READ holds its modification time.
 */
export type FileFacts = Record<string, number>;

const BYTES_READ = '\0modified';

export interface FileProbe {
  exists(path: string): boolean;
  /** Size in bytes, undefined when the file does not exist. */
  size(path: string): number | undefined;
  /**
   * The media type the file's bytes show ("image/jpeg", "application/pdf"), read with the
   * file-type package; undefined when the bytes match no binary format it knows (text, SVG,
   * HTML) or the file cannot be read.
   */
  mediaType(path: string): Promise<string | undefined>;
}

function sizeNow(path: string): number {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats?.isFile() ? stats.size : stats ? 0 : -1;
}

function modifiedNow(path: string): number {
  return statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? -1;
}

async function mediaTypeNow(path: string): Promise<string | undefined> {
  try {
    return (await fileTypeFromFile(path))?.mime;
  } catch {
    return undefined;
  }
}

/** A probe that answers from the file system and remembers nothing. */
export const directProbe: FileProbe = {
  exists: (path) => sizeNow(path) !== -1,
  size: (path) => {
    const size = sizeNow(path);
    return size === -1 ? undefined : size;
  },
  mediaType: mediaTypeNow,
};

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
    mediaType: (path) => {
      look(path);
      facts[path + BYTES_READ] ??= modifiedNow(path);
      return mediaTypeNow(path);
    },
  };
}

/** True when every file looked at earlier still exists (or is still missing) with the same size, and unchanged where its bytes were read. */
export function factsStillHold(facts: FileFacts): boolean {
  for (const [key, value] of Object.entries(facts)) {
    const now = key.endsWith(BYTES_READ) ? modifiedNow(key.slice(0, -BYTES_READ.length)) : sizeNow(key);
    if (now !== value) return false;
  }
  return true;
}
