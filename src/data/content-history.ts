/**
 * When each content file last changed, from the repository history. Editors' saves are
 * commits (the CMS commits every publish), so this is the content's own change date for
 * content that has no date field of its own (forums, office settings, surveys). Without a
 * repository (a copy outside git) nothing is known and callers leave the date out: the
 * build time is never used instead.
 *
 * One `git log` over content/ gives every file's latest commit at once (newest commits come
 * first, so the first date seen for a path is its latest); asking git once per file would
 * start a process per page. `-z` keeps paths as they are: without it git quotes a path with
 * a non-ASCII character or a space ("foto-pameran-é.jpg"), and the quoted form matches no
 * file. `--no-renames`: a moved file is a deletion of its old path and an addition of its new
 * one, as git dates each path on its own; with rename detection the old path kept the date
 * of its last edit. tests/unit/content-history.test.ts holds the result equal to `git log -1 -- <file>`
 * for every file of a repository with several commits, a rename, a deletion and a merge.
 */
import { spawnSync } from 'node:child_process';

/** Starts each commit's header in the log; no path under content/ starts with it. */
const COMMIT_MARK = '\u0001';

let cached: Map<string, Date> | undefined;

/** Parses `git log -z --format=%x01%cI --name-only`: commit dates and the paths each commit touched. */
export function parseGitLog(output: string): Map<string, Date> {
  const changed = new Map<string, Date>();
  let current: Date | undefined;
  for (const token of output.split('\u0000')) {
    // The first path of a commit follows its header's line break.
    const item = token.startsWith('\n') ? token.slice(1) : token;
    if (item.startsWith(COMMIT_MARK)) {
      current = new Date(item.slice(1).trim());
      continue;
    }
    if (item && current && !changed.has(item)) changed.set(item, current);
  }
  return changed;
}

/** Every file under `content/` of the project in `root` with its latest commit date; empty outside a repository. */
export function readContentHistory(root: string): Map<string, Date> {
  const result = spawnSync('git', ['log', '-z', '--no-renames', '--format=%x01%cI', '--name-only', '--relative', '--', 'content'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0 || typeof result.stdout !== 'string') return new Map();
  return parseGitLog(result.stdout);
}

/** The last commit date of a file under content/ (path relative to the project root). */
export function lastCommitted(path: string): Date | undefined {
  cached ??= readContentHistory(process.cwd());
  return cached.get(path.replace(/^\.\//, ''));
}

/** The latest commit date of any file in a folder under content/ (a forum with its photos and PDFs). */
export function lastCommittedUnder(folder: string): Date | undefined {
  cached ??= readContentHistory(process.cwd());
  const prefix = `${folder.replace(/^\.\//, '').replace(/\/$/, '')}/`;
  let newest: Date | undefined;
  for (const [path, date] of cached) if (path.startsWith(prefix) && (!newest || date > newest)) newest = date;
  return newest;
}
