/** Lists the HTML pages of a build with their URL paths, for the build-time gates. */
import { globSync } from 'node:fs';

export interface BuiltPage {
  /** Absolute path of the HTML file. */
  file: string;
  /** URL path as readers request it: "/berita/x/" or "/404.html". */
  urlPath: string;
}

/** Every .html file under the build folder, sorted by path. */
export function listBuiltPages(outDir: string): BuiltPage[] {
  const root = outDir.replace(/\/+$/, '');
  return globSync('**/*.html', { cwd: root })
    .sort()
    .map((relative) => ({
      file: `${root}/${relative}`,
      urlPath: relative === 'index.html' ? '/' : relative.endsWith('/index.html') ? `/${relative.slice(0, -'index.html'.length)}` : `/${relative}`,
    }));
}
