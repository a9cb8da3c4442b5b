/**
 * A fingerprint of every file in a folder, to prove that building the site left content/
 * exactly as the editors wrote it.
 */
import { createHash } from 'node:crypto';
import { existsSync, globSync, readFileSync } from 'node:fs';

export type Snapshot = Map<string, string>;

export function snapshotFolder(dir: string): Snapshot {
  const snapshot: Snapshot = new Map();
  if (!existsSync(dir)) return snapshot;
  for (const item of globSync('**/*', { cwd: dir, withFileTypes: true })) {
    if (!item.isFile()) continue;
    const path = `${item.parentPath}/${item.name}`;
    snapshot.set(path.slice(dir.length + 1), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return snapshot;
}

/** Files added, removed or changed between two snapshots, sorted. */
export function changedFiles(before: Snapshot, after: Snapshot): string[] {
  const changed = new Set<string>();
  for (const [path, hash] of before) if (after.get(path) !== hash) changed.add(path);
  for (const path of after.keys()) if (!before.has(path)) changed.add(path);
  return [...changed].sort();
}
