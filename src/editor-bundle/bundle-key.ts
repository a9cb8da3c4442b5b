/**
 * The key of the editor's bundle (the script of /admin/: Decap CMS and the portal's forms,
 * src/cms/admin.ts): a digest of everything that can change what Vite makes of it. It names
 * the bundle's file, so the page that loads it can be written before the bundle exists, and it
 * decides when the cached bundle is reused.
 *
 * The key covers all of src/ rather than only the modules the editor imports: the name must
 * be known before bundling, when the import graph is not, and code changes are rare beside the
 * daily publications, which change content/ only and so always reuse the bundle.
 * codeVersion (src/build-cache/code-version.ts) is not used: it reads the .ts files of a folder
 * only, and the editor also bundles the CSS and other files it imports from src/.
 */
import { createHash } from 'node:crypto';
import { globSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { packageVersion } from '../build-cache/code-version.ts';

/** Bumped by hand whenever the way the bundle is made changes (vite-bundle.ts, bundle-editor.ts). */
export const EDITOR_BUNDLE_FORMAT = 'editor-bundle 1';

/** Project files besides src/ that shape the bundle: TypeScript settings and the installed packages. */
const PROJECT_FILES = ['tsconfig.json', 'package.json', 'package-lock.json'];
/** Packages that make the bundle, whose installed version may differ from the lock file's. */
const BUNDLING_PACKAGES = ['vite', 'decap-cms-app'];

/** The first 16 hex digits of the digest: enough to tell versions apart in a file name. */
export const KEY_LENGTH = 16;

export function editorBundleKey(root: string): string {
  const hash = createHash('sha256').update(`${EDITOR_BUNDLE_FORMAT}\0`);
  const sources = globSync('src/**/*', { cwd: root })
    .filter((file) => statSync(join(root, file)).isFile())
    .sort();
  for (const file of [...sources, ...PROJECT_FILES]) {
    const path = join(root, file);
    const bytes = statSync(path, { throwIfNoEntry: false })?.isFile() ? readFileSync(path) : undefined;
    hash.update(`${file.split('\\').join('/')}\0${bytes ? bytes.byteLength : -1}\0`);
    if (bytes) hash.update(bytes);
  }
  for (const name of BUNDLING_PACKAGES) hash.update(`${name}@${packageVersion(name)}\0`);
  return hash.digest('hex').slice(0, KEY_LENGTH);
}
