/**
 * Decides what a URL in a built page points at: a file of this site (with an optional
 * #anchor), another site, or something that is not a location at all (mailto:, tel:).
 */

export type Target =
  | { kind: 'internal'; path: string; fragment: string | undefined }
  | { kind: 'external' }
  | { kind: 'data' }
  | { kind: 'script-url' }
  | { kind: 'other-scheme' };

/**
 * @param url the attribute value as written
 * @param pageUrl the path the page is served at ("/berita/")
 * @param siteOrigin the public origin ("https://contoh.example"): absolute links to it are internal
 */
export function resolveUrl(url: string, pageUrl: string, siteOrigin: string): Target {
  const trimmed = url.trim();
  if (/^data:/i.test(trimmed)) return { kind: 'data' };
  if (/^javascript:/i.test(trimmed)) return { kind: 'script-url' };
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) && !/^https?:/i.test(trimmed)) return { kind: 'other-scheme' };
  const base = new URL(pageUrl, siteOrigin);
  let resolved: URL;
  try {
    resolved = new URL(trimmed, base);
  } catch {
    return { kind: 'internal', path: trimmed, fragment: undefined };
  }
  if (resolved.origin !== base.origin) return { kind: 'external' };
  let path = resolved.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // Keep the encoded form; the existence check will report it.
  }
  const hash = resolved.hash.replace(/^#/, '');
  let fragment: string | undefined;
  if (hash) {
    try {
      fragment = decodeURIComponent(hash);
    } catch {
      fragment = hash;
    }
  }
  return { kind: 'internal', path, fragment };
}

/** The built file a path is served from, or undefined when nothing would be served. */
export function servedFile(path: string, files: ReadonlySet<string>): string | undefined {
  if (path.endsWith('/')) return files.has(`${path}index.html`) ? `${path}index.html` : undefined;
  if (files.has(path)) return path;
  // Servers redirect "/profil" to "/profil/" when the folder has a page.
  if (files.has(`${path}/index.html`)) return `${path}/index.html`;
  return undefined;
}
