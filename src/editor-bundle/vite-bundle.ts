/**
 * How Vite bundles the editor (src/cms/admin.ts): the settings Astro's build gave it before
 * the bundle was made apart (minified, code split at Decap's dynamic imports), with file names
 * that carry the bundle's key. Runs in a process of its own (bundle-editor.ts).
 */
import { join } from 'node:path';
import { build, type Rolldown } from 'vite';
import { EDITOR_BUNDLE_DIR, EDITOR_ENTRY } from './paths.ts';

/** Bundles the editor into `outDir` and returns the files written. */
export async function bundleEditor(root: string, outDir: string, key: string): Promise<string[]> {
  const result = await build({
    configFile: false,
    envDir: false,
    root,
    base: `/${EDITOR_BUNDLE_DIR}/`,
    mode: 'production',
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: false,
      assetsDir: '',
      copyPublicDir: false,
      reportCompressedSize: false,
      // Decap is one large module graph that only editors load, once per release; its size is known.
      chunkSizeWarningLimit: 10_000,
      rolldownOptions: {
        input: { editor: join(root, EDITOR_ENTRY) },
        output: {
          entryFileNames: `editor.${key}.js`,
          chunkFileNames: 'editor-[name].[hash].js',
          assetFileNames: 'editor-[name].[hash][extname]',
        },
        onLog(level, log, handler) {
          // Some of Decap's dependencies use eval (a TOML parser, a hash library) or carry
          // module-level directives; the portal's own code is still reported.
          if ((log.code === 'EVAL' || log.code === 'MODULE_LEVEL_DIRECTIVE') && log.id?.includes('/node_modules/')) return;
          handler(level, log);
        },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  return outputs.flatMap((output) => output.output.map((file) => file.fileName));
}

