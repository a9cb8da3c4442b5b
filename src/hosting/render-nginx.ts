/**
 * The nginx part of the server configuration: everything that belongs inside a `server {}`
 * block serving the built site (headers, caching, precompressed files, the 404 page). The
 * operator's server block (deploy/nginx/portal.conf) adds listen, TLS and root, and includes
 * this file; the test suite includes the very same file in its own nginx.
 *
 * nginx drops inherited add_header lines as soon as a location sets its own, so every
 * location repeats the full set, each with `always` so error responses carry them too.
 */
import { HASHED_ASSET_PREFIXES, ADMIN_PATH, PRIVATE_PATHS, type HeaderRule } from './policy.ts';

/** Extensions of files that are not pages: they get the file cache lifetime. */
const FILE_EXTENSIONS = 'css|js|mjs|json|xml|txt|svg|ico|png|jpe?g|webp|avif|gif|pdf|wasm|ics|webmanifest|woff2?|pf_[a-z]+';

function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function headerLines(rule: HeaderRule, indent: string): string[] {
  return Object.entries(rule.headers).map(([name, value]) => `${indent}add_header ${name} ${quote(value)} always;`);
}

export function renderNginx(rules: Record<HeaderRule['kind'], HeaderRule>): string {
  const privatePattern = PRIVATE_PATHS.map((path) => path.replace(/^\//, '').replace(/[.]/g, '\\.')).join('|');
  const lines = [
    '# Written by the build (src/hosting/render-nginx.ts). Do not edit: change src/hosting/policy.ts.',
    '# Include inside a server {} block whose root is the built site.',
    '',
    'server_tokens off;',
    'absolute_redirect off;',
    'index index.html;',
    'charset utf-8;',
    'charset_types text/css text/plain text/xml application/javascript application/json image/svg+xml;',
    '',
    '# The build writes name.gz and name.br next to every text file; serve them as they are.',
    'gzip_static on;',
    'gzip_vary on;',
    '# Needs the brotli module (Debian: libnginx-mod-http-brotli-static).',
    'brotli_static on;',
    '',
    'error_page 404 /404.html;',
    '',
    '# Pages.',
    'location / {',
    '    try_files $uri $uri/ =404;',
    ...headerLines(rules.pages, '    '),
    '}',
    '',
    '# Server configuration written by the build, and hidden files (except /.well-known/ for certificates), are not for the public.',
    `location ~ ^/(?:${privatePattern}) {`,
    '    return 404;',
    '}',
    'location ~ /\\.(?!well-known/) {',
    '    return 404;',
    '}',
    '',
    "# Calendar files: Debian's mime.types has no iCalendar entry, and without it phones download",
    '# the file instead of offering to add the forum to their calendar.',
    'location ~* \\.ics$ {',
    '    types { }',
    '    default_type "text/calendar; charset=utf-8";',
    '    try_files $uri =404;',
    ...headerLines(rules.files, '    '),
    '}',
    '',
    '# Files without a hash in their name.',
    `location ~* \\.(?:${FILE_EXTENSIONS})$ {`,
    '    try_files $uri =404;',
    ...headerLines(rules.files, '    '),
    '}',
    '',
    ...HASHED_ASSET_PREFIXES.flatMap((prefix) => [
      '# Build assets with a content hash in their name.',
      `location ^~ ${prefix} {`,
      '    try_files $uri =404;',
      ...headerLines(rules['hashed-assets'], '    '),
      '}',
      '',
    ]),
    '# The CMS: the public policy plus what Decap needs to reach the Git host.',
    `location ^~ ${ADMIN_PATH} {`,
    '    try_files $uri $uri/ =404;',
    ...headerLines(rules.admin, '    '),
    '}',
    '',
  ];
  return lines.join('\n');
}
