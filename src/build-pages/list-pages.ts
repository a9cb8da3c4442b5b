/**
 * Lists the files of a build folder, and its HTML pages with the URL paths readers request.
 * A plain recursive directory read: fs.globSync costs several times more on thousands of
 * pages, and every gate lists the folder. Like the glob it replaces, it leaves out names
 * starting with a dot.
 */
import { readdirSync } from 'node:fs';

export interface BuiltPage {
  /** Absolute path of the HTML file. */
  file: string;
  /** URL path as readers request it: "/berita/x/" or "/404.html". */
  urlPath: string;
}

/** Every file under `dir`, as paths relative to it ("berita/index.html"), sorted. */
export function listFolderFiles(dir: string): string[] {
  const root = dir.replace(/\/+$/, '');
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath}/${entry.name}`.slice(root.length + 1))
    .filter((relative) => !relative.startsWith('.') && !relative.includes('/.'))
    .sort();
}

/** Every .html file under the build folder, sorted by path. */
export function listBuiltPages(outDir: string): BuiltPage[] {
  return pagesAmong(outDir, listFolderFiles(outDir));
}

/** The HTML pages among files already listed (relative paths, with or without a leading slash). */
export function pagesAmong(outDir: string, files: readonly string[]): BuiltPage[] {
  const root = outDir.replace(/\/+$/, '');
  return files
    .map((file) => file.replace(/^\//, ''))
    .filter((relative) => relative.endsWith('.html'))
    .map((relative) => ({
      file: `${root}/${relative}`,
      urlPath: relative === 'index.html' ? '/' : relative.endsWith('/index.html') ? `/${relative.slice(0, -'index.html'.length)}` : `/${relative}`,
    }));
}
