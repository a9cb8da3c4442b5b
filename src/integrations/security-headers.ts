/**
 * Writes the server configuration of the built site from one policy (src/hosting/policy.ts):
 * `_headers` for static hosts such as Netlify or Cloudflare Pages, and `_nginx/portal.conf`
 * for nginx. The CSP allows exactly the inline code found in the built pages, by hash.
 * Runs in astro:build:done after every integration that writes pages or scripts.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gitHostOrigins } from '../hosting/git-host.ts';
import { cspHashes } from '../hosting/inline-hashes.ts';
import { ADMIN_PATH, headerRules } from '../hosting/policy.ts';
import { renderHeadersFile } from '../hosting/render-headers-file.ts';
import { renderNginx } from '../hosting/render-nginx.ts';
import { pagesForGate, type FinishedPages } from '../build-pages/finished-pages.ts';
import { pagesAmong } from '../build-pages/list-pages.ts';
import { listBuiltFiles } from '../site-check/built-files.ts';
import { hosting as t } from '../strings/hosting.ts';

export interface SecurityHeadersOptions {
  /** The Git host the CMS saves to: "github", "gitlab" or the URL of a self-hosted server. */
  gitHost: string;
  /** The build's shared reading of the finished pages. */
  pages?: FinishedPages;
}

export const NGINX_CONFIG_FILE = '_nginx/portal.conf';
export const HEADERS_FILE = '_headers';

export function securityHeaders(options: SecurityHeadersOptions): AstroIntegration {
  const origins = gitHostOrigins(options.gitHost);
  let root = process.cwd();
  return {
    name: 'portal:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir).replace(/\/$/, '');
        const files = listBuiltFiles(out);
        const scripts: string[] = [];
        const styles: string[] = [];
        const adminScripts: string[] = [];
        for (const { urlPath, facts } of pagesForGate(options.pages, out, root, pagesAmong(out, files)).pages) {
          const page = facts.parsed;
          if (urlPath.startsWith(ADMIN_PATH)) adminScripts.push(...page.inlineScripts);
          else {
            scripts.push(...page.inlineScripts);
            styles.push(...page.inlineStyles);
          }
        }
        const input = {
          scriptHashes: cspHashes(scripts),
          styleHashes: cspHashes(styles),
          adminScriptHashes: cspHashes(adminScripts),
          usesWebAssembly: files.some((file) => file.endsWith('.wasm') || file.startsWith('/pagefind/')),
          adminConnectOrigins: origins.connect,
          adminImageOrigins: origins.images,
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
