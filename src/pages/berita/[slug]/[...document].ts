/** Documents linked from a published article's body, beside its page (src/data/body-documents.ts). */
import type { GetStaticPaths } from 'astro';
import { bodyDocumentPaths, serveBodyDocument } from '../../../data/body-documents.ts';
import { getPublishedNews } from '../../../data/news.ts';

export const getStaticPaths = (async () => bodyDocumentPaths(await getPublishedNews())) satisfies GetStaticPaths;
export const GET = serveBodyDocument;
