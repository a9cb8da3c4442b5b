/**
 * Writes the server configuration of the built site from one policy (src/hosting/policy.ts):
 * `_headers` for static hosts such as Netlify or Cloudflare Pages, and `_nginx/portal.conf`
 * for nginx. The CSP allows, by hash, exactly the reviewed inline code of the portal's own
 * templates (src/hosting/reviewed-inline-code.ts), never code found in the built pages: what
 * content put on a page must not be able to widen the policy. The site check fails the build on
 * any other inline code before this runs.
 * Runs in astro:build:done after every stage that writes pages or scripts and before
 * precompression, whose copies it does not list (src/integrations/portal/stages.ts).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gitHostOrigins } from '../hosting/git-host.ts';
import { reviewedHashes } from '../hosting/reviewed-inline-code.ts';
import { headerRules } from '../hosting/policy.ts';
import { renderHeadersFile } from '../hosting/render-headers-file.ts';
import { renderNginx } from '../hosting/render-nginx.ts';
import { listBuiltFiles } from '../site-check/built-files.ts';
import { hosting as t } from '../strings/hosting.ts';

export interface SecurityHeadersOptions {
  /** The Git host the CMS saves to: "github", "gitlab" or the URL of a self-hosted server. */
  gitHost: string;
  /** A preview build: X-Robots-Tag noindex on every response (src/lib/noindex-build.ts). */
  noindex?: boolean;
}

export const NGINX_CONFIG_FILE = '_nginx/portal.conf';
export const HEADERS_FILE = '_headers';

export function securityHeaders(options: SecurityHeadersOptions): AstroIntegration {
  const origins = gitHostOrigins(options.gitHost);
  return {
    name: 'portal:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir).replace(/\/$/, '');
        const files = listBuiltFiles(out);
        const input = {
          scriptHashes: reviewedHashes.publicScripts,
          styleHashes: reviewedHashes.publicStyles,
          adminScriptHashes: reviewedHashes.adminScripts,
          usesWebAssembly: files.some((file) => file.endsWith('.wasm') || file.startsWith('/pagefind/')),
          adminConnectOrigins: origins.connect,
          adminImageOrigins: origins.images,
          noindex: options.noindex ?? false,
        };
        const rules = headerRules(input);
        writeFileSync(`${out}/${HEADERS_FILE}`, renderHeadersFile({ files, rules }));
        mkdirSync(`${out}/_nginx`, { recursive: true });
        writeFileSync(`${out}/${NGINX_CONFIG_FILE}`, renderNginx(rules));
        const hashCount = input.scriptHashes.length + input.styleHashes.length + input.adminScriptHashes.length;
        logger.info(t.headers.written([HEADERS_FILE, NGINX_CONFIG_FILE], hashCount, Math.round(performance.now() - started)));
        if (!existsSync(`${out}/404.html`)) logger.warn(t.headers.missing404);
      },
    },
  };
}
