/**
 * The editor's bundle as a process of its own: `node bundle-editor.ts <root> <outDir> <key>`.
 * place-bundle.ts starts it with NODE_ENV=production, because Vite reads NODE_ENV from the
 * process to choose React's and Decap's production builds, and a build may run under another
 * (a test run sets "test"); apart from the site's build, it also takes the second core. It
 * writes the bundle and then the list of its files, last.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_LIST } from './paths.ts';
import { bundleEditor } from './vite-bundle.ts';

if (import.meta.main) {
  const [root, outDir, key] = process.argv.slice(2);
  if (!root || !outDir || !key) throw new Error('usage: node bundle-editor.ts <root> <outDir> <key>');
  const files = await bundleEditor(root, outDir, key);
  writeFileSync(join(outDir, FILE_LIST), JSON.stringify(files));
}
