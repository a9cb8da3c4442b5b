/**
 * The editor's bundle (src/editor-bundle/) in the build. The address /admin/ loads it from is
 * settled with the configuration; the bundle is made ready (from the build cache, or bundled
 * anew in a process of its own) from the moment Astro's build starts, beside it, and put into
 * the build once the pages are written. Bundling Decap takes a gigabyte of memory for a few
 * seconds; begun with the build, it is over long before Astro's memory peaks at the end of a
 * large site's rendering. Two parts: the first begins the work, the second waits for it, puts
 * the files in place and fails the build if bundling failed.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { stageCacheDir } from '../build-cache/place.ts';
import { editorBundleKey } from '../editor-bundle/bundle-key.ts';
import { EDITOR_ENTRY, editorScriptPath } from '../editor-bundle/paths.ts';
import { placeEditorBundle, prepareEditorBundle, type PreparedBundle } from '../editor-bundle/place-bundle.ts';
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
  let pending: Promise<PreparedBundle> | undefined;
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
      'astro:build:start': () => {
        const folder = stageCacheDir(root, 'editor-bundle');
        pending = prepareEditorBundle({ root, key, cacheDir: options.cache ? folder : undefined, scratchDir: folder });
        // Marked handled here; the second part reports a failure, once.
        pending.catch(() => undefined);
      },
    },
  };
  const finish: AstroIntegration = {
    name: 'portal:editor-bundle',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const current = pending;
        pending = undefined;
        if (!current) throw new AstroError(messages.notStarted, messages.notStartedHint);
        let prepared: PreparedBundle;
        try {
          prepared = await current;
        } catch (error) {
          throw new AstroError(messages.failed(error instanceof Error ? error.message : String(error)), messages.failedHint);
        }
        const report = placeEditorBundle(prepared, fileURLToPath(dir));
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
      'astro:build:start': (params) => start.hooks['astro:build:start']?.(params),
      'astro:build:done': (params) => finish.hooks['astro:build:done']?.(params),
    },
  };
}
