/**
 * Symbolic links inside the editable area could point anywhere (a link committed as
 * content/news/x.mdx → ../../package.json): decap-server follows them as long as the target
 * stays in the working copy. The portal allows none on the way to a file it reads or writes,
 * and none among the files of a folder decap-server lists, so a path that names content/
 * really is in content/. (Links can arrive through Git, which stores symbolic links; it
 * never stores hard links, so those are left alone.)
 */
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR';

/**
 * The first part of `path` (relative to `root`, already a plain path) that is a symbolic
 * link, or undefined when every existing part is an ordinary folder or file.
 */
export async function linkOnTheWay(root: string, path: string): Promise<string | undefined> {
  const segments = path.split('/');
  for (let count = 1; count <= segments.length; count++) {
    const part = segments.slice(0, count).join('/');
    try {
      if ((await lstat(join(root, part))).isSymbolicLink()) return part;
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }
  return undefined;
}

/** Symbolic links among what decap-server reads when it lists `folder` to `depth` levels. */
export async function linksInListing(root: string, folder: string, depth: number): Promise<string[]> {
  if (depth <= 0) return [];
  let entries;
  try {
    entries = await readdir(join(root, folder), { withFileTypes: true });
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
  const found: string[] = [];
  for (const entry of entries) {
    const path = `${folder}/${entry.name}`;
    if (entry.isSymbolicLink()) found.push(path);
    else if (entry.isDirectory()) found.push(...(await linksInListing(root, path, depth - 1)));
  }
  return found;
}
