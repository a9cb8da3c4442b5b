/**
 * What a body's photos and documents need once it is rendered at content sync
 * (bodies-rendered-at-sync.ts): its photos' options for the responsive pipeline
 * (src/lib/body-images.ts), and the list of documents it links to, kept with the rendered
 * HTML so the routes that publish them (src/data/body-documents.ts) need not read the body
 * again.
 */
import { readFile } from 'node:fs/promises';
import { imageMetadata } from 'astro/assets/utils';
import type { LoaderContext } from 'astro/loaders';
import { linkedDocuments } from '../lib/body-files.ts';
import { responsiveBodyImages } from '../lib/body-images.ts';
import { BODY_DOCUMENT_TYPES } from './body-files.ts';

export type RenderedBody = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;

/** The width of a photo beside the entry, or undefined when it cannot be read (the content check names that). */
function widthBeside(fileURL: URL) {
  return async (src: string): Promise<number | undefined> => {
    try {
      return (await imageMetadata(await readFile(new URL(src.split('/').map(encodeURIComponent).join('/'), fileURL)))).width;
    } catch {
      return undefined;
    }
  };
}

/**
 * The rendered body with responsive photos, and `metadata.documents`: the documents it links
 * to, as paths inside the entry's folder (see linkedDocuments).
 */
export async function withBodyMedia(rendered: RenderedBody, body: string, entryFile: string, fileURL: URL): Promise<RenderedBody> {
  const localImages = (rendered.metadata?.imagePaths ?? []).filter((path) => !URL.canParse(path));
  const html = await responsiveBodyImages(rendered.html, localImages, widthBeside(fileURL));
  const documents = linkedDocuments(body, entryFile, BODY_DOCUMENT_TYPES);
  return { ...rendered, html, metadata: { ...rendered.metadata, ...(documents.length ? { documents } : {}) } };
}
