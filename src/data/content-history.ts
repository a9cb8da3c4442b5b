/**
 * When each content file last changed, from the repository history. Editors' saves are
 * commits (the CMS commits every publish), so this is the content's own change date for
 * content that has no date field of its own (forums, office settings, surveys). Without a
 * repository (a copy outside git) nothing is known and callers leave the date out: the
 * build time is never used instead.
 */
import { spawnSync } from 'node:child_process';

let cached: Map<string, Date> | undefined;

export function parseGitLog(output: string): Map<string, Date> {
  const changed = new Map<string, Date>();
  let current: Date | undefined;
  for (const line of output.split('\n')) {
    if (line.startsWith('\u0000')) {
      current = new Date(line.slice(1));
      continue;
    }
    const path = line.trim();
    // The log lists newest commits first: the first date seen for a file is its latest.
    if (path && current && !changed.has(path)) changed.set(path, current);
  }
  return changed;
}

function load(): Map<string, Date> {
  const result = spawnSync('git', ['log', '--format=%x00%cI', '--name-only', '--relative', '--', 'content'], {
    cwd: process.cwd(),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0 || typeof result.stdout !== 'string') return new Map();
  return parseGitLog(result.stdout);
}

/** The last commit date of a file under content/ (path relative to the project root). */
export function lastCommitted(path: string): Date | undefined {
  cached ??= load();
  return cached.get(path.replace(/^\.\//, ''));
}

/** The latest commit date of any file in a folder under content/ (a forum with its photos and PDFs). */
export function lastCommittedUnder(folder: string): Date | undefined {
  cached ??= load();
  const prefix = `${folder.replace(/^\.\//, '').replace(/\/$/, '')}/`;
  let newest: Date | undefined;
  for (const [path, date] of cached) if (path.startsWith(prefix) && (!newest || date > newest)) newest = date;
  return newest;
}
