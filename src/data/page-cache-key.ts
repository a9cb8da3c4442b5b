/**
 * The incremental-build key of a generated page (see lib/page-cache-key.ts). Every page
 * shows the office settings (header, footer, structured data) and its own last-modified
 * date, which can come from the repository history rather than from its props, so both go
 * into every key, and so does whether the build is a preview (its pages carry a robots
 * noindex that a public build's cached pages lack); the route adds its props and anything else
 * it reads.
 */
import { isNoindexBuild } from '../lib/noindex-build.ts';
import { pageCacheKey } from '../lib/page-cache-key.ts';
import { lastModifiedOf } from './page-dates.ts';
import { getSettings } from './settings.ts';

export async function generatedPageKey(path: string, ...parts: unknown[]): Promise<string> {
  return pageCacheKey([await getSettings(), (await lastModifiedOf(path)) ?? null, isNoindexBuild(), ...parts]);
}
