/**
 * The one source of the site's HTTP response policy: security headers, the
 * Content-Security-Policy of public pages and of the CMS at /admin/, and cache lifetimes.
 * The nginx server block and the `_headers` file of static hosts are both rendered from it,
 * so the two can never disagree.
 */

export interface PolicyInput {
  /** 'sha256-...' sources of the reviewed inline <script> code of public pages (src/hosting/reviewed-inline-code.ts). */
  scriptHashes: readonly string[];
  /** 'sha256-...' sources of the reviewed inline <style> code of public pages. */
  styleHashes: readonly string[];
  /** 'sha256-...' sources of the reviewed inline <script> code of the CMS page. */
  adminScriptHashes: readonly string[];
  /** Pagefind runs its index in WebAssembly, which a CSP blocks unless allowed explicitly. */
  usesWebAssembly: boolean;
  /** Origins the CMS at /admin/ talks to besides its own: the Git host's API. */
  adminConnectOrigins: readonly string[];
  /** Origins the CMS shows images from (the Git host's raw file and avatar hosts). */
  adminImageOrigins: readonly string[];
  /** A preview build (PORTAL_NOINDEX): every response tells search engines to stay away. */
  noindex?: boolean;
}

export type Directives = Record<string, readonly string[]>;

export const ADMIN_PATH = '/admin/';

/** Hashed build assets never change under the same name: cache them for a year. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';
/**
 * Pages are revalidated on every visit (cheap: nginx answers 304 from the ETag), so a news
 * correction or a changed complaint number reaches readers at once, and a page never points
 * at hashed assets that a newer deploy has removed.
 */
export const PAGE_CACHE = 'public, max-age=0, must-revalidate';
/** Other files without a hash in their name (favicon, search index entry, sitemap). */
export const FILE_CACHE = 'public, max-age=3600';

/** What the CMS, and every file of a preview build, tell search engines. */
export const NOINDEX = 'noindex, nofollow';

/** Folders whose files carry a content hash in their names. */
export const HASHED_ASSET_PREFIXES = ['/_astro/'] as const;

/** Paths the build writes for the server, never meant to be served. */
export const PRIVATE_PATHS = ['/_headers', '/_nginx/'] as const;

export function publicDirectives(input: PolicyInput): Directives {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...(input.usesWebAssembly ? ["'wasm-unsafe-eval'"] : []), ...input.scriptHashes],
    'style-src': ["'self'", ...input.styleHashes],
    // Vite inlines very small images as data: URLs.
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'media-src': ["'self'"],
    'object-src': ["'none'"],
    'frame-src': ["'none'"],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
}

/**
 * Decap CMS is a single-page app that styles itself with CSS-in-JS (inline <style>), previews
 * images from blob: URLs and the Git host, and talks to the Git host's API (or, under
 * `npm start`, to the local editing API on its own origin, which 'self' covers). Its schema
 * validator compiles code at run time, which needs 'unsafe-eval'. These extras apply to
 * /admin/ only; public pages keep the strict policy.
 */
export function adminDirectives(input: PolicyInput): Directives {
  const base = publicDirectives(input);
  return {
    ...base,
    'script-src': ["'self'", "'unsafe-eval'", ...input.adminScriptHashes],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', ...input.adminImageOrigins],
    'media-src': ["'self'", 'blob:'],
    'connect-src': ["'self'", ...input.adminConnectOrigins],
    'frame-src': ["'self'"],
  };
}

export function serializeCsp(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** Headers every response carries, whatever its type. */
export function commonHeaders(): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // The site needs none of these powerful features; deny them to every frame too.
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
    // Older browsers ignore frame-ancestors; this says the same to them.
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    // Browsers honour this only over HTTPS, where the public site lives.
    'Strict-Transport-Security': 'max-age=31536000; includeSubDomains',
  };
}

export interface HeaderRule {
  /** What the rule applies to, for humans and for the renderers. */
  kind: 'pages' | 'admin' | 'hashed-assets' | 'files';
  headers: Record<string, string>;
}

/** Every rule the renderers turn into server configuration. */
export function headerRules(input: PolicyInput): Record<HeaderRule['kind'], HeaderRule> {
  const common = { ...commonHeaders(), ...(input.noindex ? { 'X-Robots-Tag': NOINDEX } : {}) };
  const publicCsp = { 'Content-Security-Policy': serializeCsp(publicDirectives(input)) };
  return {
    pages: { kind: 'pages', headers: { ...common, ...publicCsp, 'Cache-Control': PAGE_CACHE } },
    admin: {
      kind: 'admin',
      headers: {
        ...common,
        'Content-Security-Policy': serializeCsp(adminDirectives(input)),
        'Cache-Control': PAGE_CACHE,
        // The CMS must never appear in search results.
        'X-Robots-Tag': NOINDEX,
      },
    },
    'hashed-assets': { kind: 'hashed-assets', headers: { ...common, ...publicCsp, 'Cache-Control': IMMUTABLE_CACHE } },
    files: { kind: 'files', headers: { ...common, ...publicCsp, 'Cache-Control': FILE_CACHE } },
  };
}
