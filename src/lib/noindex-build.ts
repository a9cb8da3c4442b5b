/**
 * PORTAL_NOINDEX=1 (or true) builds a site that search engines must leave alone: the preview
 * of a draft under review, published at an address of its own. Every page then carries
 * `<meta name="robots" content="noindex, nofollow">`, every response the header
 * `X-Robots-Tag: noindex, nofollow`, and robots.txt disallows everything. Any other value,
 * or none, builds the public site.
 */
export function isNoindexBuild(env: Record<string, string | undefined> = process.env): boolean {
  const value = env['PORTAL_NOINDEX']?.trim().toLowerCase();
  return value === '1' || value === 'true';
}
