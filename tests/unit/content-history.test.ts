/**
 * The content history is read in one pass over the Git log. Its dates must be the ones
 * asking git about each file on its own would give, in a repository with the cases editors
 * produce: files changed several times, added later, renamed, deleted, a merged branch, and
 * names with a space and a non-ASCII character (which git quotes unless asked not to).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { readContentHistory } from '../../src/data/content-history.ts';

let repo = '';
afterEach(() => rmSync(repo, { recursive: true, force: true }));

const git = (args: string[], env: Record<string, string> = {}) =>
  execFileSync('git', args, { cwd: repo, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: repo, ...env } });

let day = 0;
/** Commits everything with its own author and committer date, a day after the last. */
function commit(message: string): void {
  day += 1;
  const date = `2026-03-${String(day).padStart(2, '0')}T09:${String(day).padStart(2, '0')}:00+07:00`;
  git(['add', '-A']);
  git(['-c', 'user.name=Redaksi', '-c', 'user.email=redaksi@example.org', 'commit', '-q', '-m', message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
}

function write(path: string, text: string): void {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
}

/** What `git log -1 -- <file>` says, one process per file: the reference the one pass must equal. */
function perFileDate(path: string): Date | undefined {
  const output = git(['log', '-1', '--format=%cI', '--', path]).trim();
  return output ? new Date(output) : undefined;
}

test('one pass over the log gives every content file the date git gives it on its own', () => {
  repo = mkdtempSync(join(tmpdir(), 'portal-history-'));
  day = 0;
  git(['init', '-q', '-b', 'utama']);
  write('content/news/berita-1/index.mdx', 'satu');
  write('content/forums/forum-a/index.mdx', 'forum');
  write('content/settings/office.yaml', 'name: Balai');
  write('README.md', 'di luar isi');
  commit('isi awal');
  write('content/news/berita-1/index.mdx', 'satu, diperbarui');
  write('content/forums/forum-a/foto pameran é.jpg', 'foto');
  commit('foto forum');
  git(['checkout', '-q', '-b', 'cabang']);
  write('content/news/berita-2/index.mdx', 'dua');
  commit('berita di cabang');
  git(['checkout', '-q', 'utama']);
  write('content/settings/office.yaml', 'name: Balai Besar');
  commit('pengaturan');
  git(['-c', 'user.name=Redaksi', '-c', 'user.email=redaksi@example.org', 'merge', '-q', '--no-ff', '-m', 'gabung', 'cabang'], {
    GIT_AUTHOR_DATE: '2026-03-20T10:00:00+07:00',
    GIT_COMMITTER_DATE: '2026-03-20T10:00:00+07:00',
  });
  day = 20;
  renameSync(join(repo, 'content/forums/forum-a/index.mdx'), join(repo, 'content/forums/forum-a/forum.mdx'));
  rmSync(join(repo, 'content/news/berita-1/index.mdx'));
  commit('ganti nama dan hapus');
  write('README.md', 'di luar isi, diubah');
  commit('di luar isi');

  const history = readContentHistory(repo);
  const everyPath = git(['log', '-z', '--format=', '--name-only', '--all', '--', 'content']).split('\u0000').map((path) => path.trim()).filter(Boolean);
  const paths = [...new Set(everyPath)].sort();
  expect(paths).toContain('content/forums/forum-a/foto pameran é.jpg');
  expect(paths).toContain('content/news/berita-1/index.mdx');
  expect([...history.keys()].sort()).toEqual(paths);
  for (const path of paths) expect(history.get(path)?.toISOString(), path).toBe(perFileDate(path)?.toISOString());
  // Spot checks against the dates written above, so the comparison cannot pass on two empty answers.
  expect(history.get('content/settings/office.yaml')?.toISOString()).toBe('2026-03-04T02:04:00.000Z');
  expect(history.get('content/news/berita-2/index.mdx')?.toISOString()).toBe('2026-03-03T02:03:00.000Z');
  expect(history.has('README.md')).toBe(false);
});

test('a folder outside any repository has no history', () => {
  repo = mkdtempSync(join(tmpdir(), 'portal-history-none-'));
  mkdirSync(join(repo, 'content'));
  expect(readContentHistory(repo).size).toBe(0);
});
