/**
 * The editor's bundle (src/editor-bundle/) in the build: the address /admin/ loads it from is
 * settled when the configuration is, and the bundle is put into the build, from the build
 * cache or bundled anew, while the finished pages are read. Two parts, like the search index:
 * the first starts the work and lets the build go on, the second waits for it and fails the
 * build if it failed.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { stageCacheDir } from '../build-cache/place.ts';
import { editorBundleKey } from '../editor-bundle/bundle-key.ts';
import { EDITOR_ENTRY, editorScriptPath } from '../editor-bundle/paths.ts';
import { placeEditorBundle, type EditorBundleReport } from '../editor-bundle/place-bundle.ts';
import { editorBundleMessages as messages } from '../strings/editor-bundle.ts';

/** The constant by which /admin/ knows its script's address (src/pages/admin/index.astro, src/editor-bundle/editor-script.d.ts). */
export const EDITOR_SCRIPT_CONSTANT = '__PORTAL_EDITOR_SCRIPT__';

export interface EditorBundleStage {
  start: AstroIntegration;
  finish: AstroIntegration;
  /** Resolves once the work `start` began has ended, either way (`finish` reports a failure). */
  settled: () => Promise<void>;
}

/** `cache: false` bundles the editor in every build (the bare build of the benchmark, as plain Astro would). */
export function editorBundle(options: { cache: boolean }): EditorBundleStage {
  let root = '';
  let key = '';
  let pending: Promise<EditorBundleReport> | undefined;
  const settled = async () => {
    await pending?.catch(() => undefined);
  };
  const start: AstroIntegration = {
    name: 'portal:editor-bundle-start',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        root = fileURLToPath(config.root);
        key = editorBundleKey(root);
        // The development server serves the editor's source as it is.
        const script = command === 'dev' ? `/${EDITOR_ENTRY}` : editorScriptPath(key);
        updateConfig({ vite: { define: { [EDITOR_SCRIPT_CONSTANT]: JSON.stringify(script) } } });
      },
      'astro:build:done': ({ dir }) => {
        const cacheDir = options.cache ? stageCacheDir(root, 'editor-bundle') : undefined;
        pending = placeEditorBundle({ root, dist: fileURLToPath(dir), key, cacheDir });
        // Marked handled here; the second part reports a failure, once.
        pending.catch(() => undefined);
      },
    },
  };
  const finish: AstroIntegration = {
    name: 'portal:editor-bundle',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        const current = pending;
        pending = undefined;
        if (!current) throw new AstroError(messages.notStarted, messages.notStartedHint);
        let report: EditorBundleReport;
        try {
          report = await current;
        } catch (error) {
          throw new AstroError(messages.failed(error instanceof Error ? error.message : String(error)), messages.failedHint);
        }
        logger.info(messages.placed(report.files, Math.round(report.bytes / 1024), report.reused, report.milliseconds));
      },
    },
  };
  return { start, finish, settled };
}

/** Both parts as one integration, for a build without the portal's stages (the bare build). */
export function editorBundleAlone(): AstroIntegration {
  const { start, finish } = editorBundle({ cache: false });
  return {
    name: 'portal:editor-bundle',
    hooks: {
      'astro:config:setup': (params) => start.hooks['astro:config:setup']?.(params),
      'astro:build:done': async (params) => {
        await start.hooks['astro:build:done']?.(params);
        await finish.hooks['astro:build:done']?.(params);
      },
    },
  };
}
