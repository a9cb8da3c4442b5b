import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteInBackground, foldersLeftAside, moveFolderAside } from '../../src/lib/files/folder-aside.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A project folder with a built site of a few pages in dist/. */
function builtSite(extra: string[] = []): string {
  root = mkdtempSync(join(tmpdir(), 'portal-aside-'));
  for (const path of ['index.html', 'berita/index.html', 'berita/index.html.br', ...extra]) {
    mkdirSync(join(root, 'dist', path, '..'), { recursive: true });
    writeFileSync(join(root, 'dist', path), 'isi');
  }
  return join(root, 'dist');
}

async function gone(folder: string): Promise<boolean> {
  for (let waited = 0; waited < 10_000; waited += 50) {
    if (!existsSync(folder)) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

describe('setting the last build aside', () => {
  it('renames the output beside itself and leaves an empty folder in its place', () => {
    const dist = builtSite();
    const aside = moveFolderAside(dist);
    expect(aside).toBeDefined();
    expect(readdirSync(dist)).toEqual([]);
    expect(readdirSync(aside!).sort()).toEqual(['berita', 'index.html']);
    expect(foldersLeftAside(dist)).toEqual([aside]);
  });

  it('leaves an output alone that holds a Git repository, or that is empty or missing', () => {
    const dist = builtSite(['.git/HEAD']);
    expect(moveFolderAside(dist)).toBeUndefined();
    expect(existsSync(join(dist, '.git/HEAD'))).toBe(true);
    expect(existsSync(join(dist, 'index.html'))).toBe(true);

    rmSync(dist, { recursive: true });
    expect(moveFolderAside(dist)).toBeUndefined();
    mkdirSync(dist);
    expect(moveFolderAside(dist)).toBeUndefined();
    expect(foldersLeftAside(dist)).toEqual([]);
  });

  it('deletes what was set aside in a process of its own, and nothing else', async () => {
    const dist = builtSite();
    const aside = moveFolderAside(dist)!;
    writeFileSync(join(dist, 'index.html'), 'situs baru');
    deleteInBackground([aside]);
    expect(await gone(aside)).toBe(true);
    expect(readdirSync(root)).toEqual(['dist']);
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
  });
});
