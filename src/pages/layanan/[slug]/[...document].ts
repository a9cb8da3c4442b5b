/** Documents linked from a service standard's body, beside its page (src/data/body-documents.ts). */
import type { GetStaticPaths } from 'astro';
import { bodyDocumentPaths, serveBodyDocument } from '../../../data/body-documents.ts';
import { getServices } from '../../../data/services.ts';

export const getStaticPaths = (async () => bodyDocumentPaths(await getServices())) satisfies GetStaticPaths;
export const GET = serveBodyDocument;
