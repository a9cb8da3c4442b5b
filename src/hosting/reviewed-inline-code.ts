/**
 * The inline code public pages may carry: a fixed set, reviewed with the templates that write
 * it, never read from the built pages. The Content-Security-Policy allows exactly these hashes,
 * so markup that reached a page any other way (an editor's body, a compromised account) cannot
 * run even if it got past the content check and the sanitiser; and the site check fails the
 * build on any inline script or style outside this set, naming the page and its content file.
 *
 * Astro keeps every script and stylesheet of the portal's templates in files of their own
 * (build.inlineStylesheets: 'never' in astro.config.mjs; processed scripts are always files),
 * so the set is empty. A template that truly needs inline code adds the exact code here, in
 * the same change, where a reviewer sees it.
 *
 * Data blocks (<script type="application/ld+json">, "application/json") are not code: browsers
 * never run them and a CSP does not apply to them.
 */
import { cspHashes } from './inline-hashes.ts';

/** Inline <script> code of the portal's own templates on public pages. */
export const REVIEWED_PUBLIC_SCRIPTS: readonly string[] = [];
/** Inline <style> code of the portal's own templates on public pages. */
export const REVIEWED_PUBLIC_STYLES: readonly string[] = [];
/** Inline <script> code of the CMS page at /admin/ (its settings travel as a JSON data block). */
export const REVIEWED_ADMIN_SCRIPTS: readonly string[] = [];

export const reviewedHashes = {
  publicScripts: cspHashes(REVIEWED_PUBLIC_SCRIPTS),
  publicStyles: cspHashes(REVIEWED_PUBLIC_STYLES),
  adminScripts: cspHashes(REVIEWED_ADMIN_SCRIPTS),
};

/** Inline code of a page that is not in the reviewed set. */
export function unreviewedInlineCode(code: readonly string[], reviewed: readonly string[]): string[] {
  const allowed = new Set(reviewed);
  return code.filter((text) => !allowed.has(text));
}
