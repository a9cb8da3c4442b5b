/**
 * Astro keeps every entry it validated in its content store (the cache folder's
 * data-store.json) and clears the store only when src/content.config.ts itself, the Astro
 * configuration or Astro's version changes. The portal's rules are in modules that file
 * imports (src/schema/: defaults, fields; src/lib/body-html/: the sanitiser that every stored
 * body went through), so an update of the portal that changes a rule would keep entries
 * shaped, and bodies sanitised, by the old one: a new field read as missing, an allow-list
 * tightened for new bodies only. The store is therefore dropped whenever the code that shapes
 * it changes; the image cache beside it is kept.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What shapes a stored entry, relative to the project root. */
export const CONTENT_STORE_CODE = ['src/content.config.ts', 'src/schema', 'src/lib', 'package-lock.json'] as const;

/** Astro's cache folder (its `cacheDir`, left at its default) and the files kept in it. */
const CACHE_FOLDER = 'node_modules/.astro';
const STORE_FILE = 'data-store.json';
const VERSION_FILE = 'portal-content-store-version.txt';

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** A digest of the code that shapes the content store, by path and content. */
export function contentStoreVersion(root: string): string {
  const hash = createHash('sha256');
  const files = CONTENT_STORE_CODE.flatMap((part) => filesUnder(join(root, part))).sort();
  for (const file of files) hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** Drops Astro's content store when it was made by other code; returns whether it did. */
export function forgetContentStoreMadeByOtherCode(root: string): boolean {
  const folder = join(root, CACHE_FOLDER);
  const versionFile = join(folder, VERSION_FILE);
  const current = contentStoreVersion(root);
  const previous = existsSync(versionFile) ? readFileSync(versionFile, 'utf8').trim() : undefined;
  const store = join(folder, STORE_FILE);
  const dropped = previous !== current && existsSync(store);
  if (dropped) rmSync(store);
  mkdirSync(folder, { recursive: true });
  writeFileSync(versionFile, current);
  return dropped;
}
