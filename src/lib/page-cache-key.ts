/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and
 * code are both unchanged since the last build is copied from Astro's cache instead of being
 * rendered again. Astro tracks the code (every module the page imports, styles included)
 * and the content entries a page renders; the key must cover everything else the page shows.
 *
 * The key is a hash of the parts' JSON, so anything serialisable can go in: content entries
 * whole (data, rendered body and digest), lists of them, settings, dates.
 */
import { createHash } from 'node:crypto';

export function pageCacheKey(parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
}
