/**
 * Every file under content/, listed once per check and shared by the steps that need the
 * list (finding entries, finding unused media). Names starting with a dot are left out, as
 * the glob patterns of the content collections leave them out.
 */
import { readdirSync } from 'node:fs';

/** Paths relative to the project root ("content/news/x/index.mdx"), sorted. */
export function listContentTree(root: string, folder = 'content'): string[] {
  const files: string[] = [];
  const walk = (relative: string) => {
    let items;
    try {
      items = readdirSync(`${root}/${relative}`, { withFileTypes: true });
    } catch {
      return;
    }
    for (const item of items) {
      if (item.name.startsWith('.')) continue;
      const path = `${relative}/${item.name}`;
      if (item.isDirectory()) walk(path);
      else if (item.isFile()) files.push(path);
    }
  };
  walk(folder);
  return files.sort();
}
