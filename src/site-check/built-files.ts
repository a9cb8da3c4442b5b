/** Lists a build folder's files and maps each HTML file to the URL it is served at. */
import { listFolderFiles } from '../build-pages/list-pages.ts';

/** Every file under `dir`, as URL paths ("/berita/index.html", "/_astro/x.css"). */
export function listBuiltFiles(dir: string): string[] {
  return listFolderFiles(dir).map((relative) => `/${relative}`);
}

/** "/berita/index.html" is served at "/berita/"; "/404.html" stays "/404.html". */
export function pageUrlOf(file: string): string {
  return file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

export function isHtml(file: string): boolean {
  return file.endsWith('.html');
}
