/** Documents linked from a forum's body, beside its page (src/data/body-documents.ts). */
import type { GetStaticPaths } from 'astro';
import { bodyDocumentPaths, serveBodyDocument } from '../../../data/body-documents.ts';
import { getForums } from '../../../data/services.ts';

export const getStaticPaths = (async () => bodyDocumentPaths(await getForums())) satisfies GetStaticPaths;
export const GET = serveBodyDocument;
