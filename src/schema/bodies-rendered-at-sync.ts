/**
 * Renders each MDX body to HTML with Astro's Markdown renderer while the content is synced,
 * instead of leaving it to be compiled into a JavaScript module of the server bundle.
 *
 * Why this is safe: the content check refuses code in a body (no import/export, no {expressions},
 * no components, no HTML outside the body allow-list; src/content-check/rules/mdx-safety.ts), so
 * every body the build accepts is Markdown with at most allowed HTML elements, which both
 * renderers turn into the same HTML. Whatever the check missed, the allow-list sanitiser below
 * removes before the HTML is stored (src/lib/body-html/sanitize.ts).
 *
 * Why it matters: compiling thousands of bodies as modules was a third of Astro's own build
 * time, on every build. A body rendered here is kept in Astro's data store with the file's
 * digest, so a rebuild renders again only the files that changed (BENCHMARKS.md).
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { sanitizeBodyHtml } from '../lib/body-html/sanitize.ts';
import { withBodyMedia } from './body-media-at-sync.ts';

type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

const MESSAGES = {
  unrenderable: (file: string, reason: string) =>
    `${file}: isi tulisan tidak dapat diubah menjadi HTML (${reason}). Buka tulisan ini di CMS dalam mode Markdown, perbaiki bagian yang disebut, lalu simpan lagi.`,
};

/** The rendered body through the allow-list sanitiser; a body it cannot take fails with its file named. */
function sanitizeRendered(file: string, html: string): string {
  try {
    return sanitizeBodyHtml(html);
  } catch (error) {
    throw new Error(MESSAGES.unrenderable(file, error instanceof Error ? error.message : String(error)));
  }
}

export function bodiesRenderedAtSync(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      const renders: Promise<void>[] = [];
      const render = async (entry: StoredEntry): Promise<void> => {
        // The Markdown source is not kept: the HTML and the file's digest are all a page and its
        // cache key need, and Astro serialises the whole data store on every sync and bundles
        // it, so keeping both would double what it carries.
        const { deferredRender: _compiledLater, body: _renderedBelow, ...rest } = entry;
        const file = entry.filePath ?? entry.id;
        // A leading line break keeps a body that opens with a "---" rule from being read as frontmatter.
        const fileURL = new URL(file, context.config.root);
        const rendered = await context
          .renderMarkdown(`\n${entry.body ?? ''}`, { fileURL })
          .catch((error: unknown) => {
            throw new Error(MESSAGES.unrenderable(file, error instanceof Error ? error.message : String(error)));
          });
        const imagePaths = rendered.metadata?.imagePaths ?? [];
        const safe = { ...rendered, html: sanitizeRendered(file, rendered.html) };
        // After the sanitiser, which keeps only what identifies a photo: photos get the lead
        // photo's responsive options, and the documents the body links to are listed to publish.
        const withMedia = await withBodyMedia(safe, entry.body ?? '', file, fileURL);
        context.store.set({ ...rest, rendered: withMedia, ...(imagePaths.length ? { assetImports: imagePaths } : {}) });
      };
      const store: LoaderContext['store'] = {
        ...context.store,
        set: (entry) => {
          if (!entry.deferredRender) return context.store.set(entry);
          renders.push(render(entry));
          return true;
        },
      };
      await loader.load({ ...context, store });
      // Every body that cannot be rendered is named at once, not only the first.
      const failures = (await Promise.allSettled(renders)).flatMap((result) =>
        result.status === 'rejected' ? [result.reason instanceof Error ? result.reason.message : String(result.reason)] : [],
      );
      if (failures.length) throw new Error(failures.join('\n'));
    },
  };
}
