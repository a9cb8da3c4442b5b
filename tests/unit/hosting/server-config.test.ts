import { describe, expect, test } from 'vitest';
import { gitHostOrigins } from '../../../src/hosting/git-host.ts';
import { headerRules } from '../../../src/hosting/policy.ts';
import { renderHeadersFile } from '../../../src/hosting/render-headers-file.ts';
import { renderNginx } from '../../../src/hosting/render-nginx.ts';

const origins = gitHostOrigins('github');
const rules = headerRules({ scriptHashes: [], styleHashes: [], adminScriptHashes: [], usesWebAssembly: true, adminConnectOrigins: origins.connect, adminImageOrigins: origins.images });

const files = ['/404.html', '/index.html', '/berita/index.html', '/admin/index.html', '/_astro/a.1234.css', '/favicon.svg', '/pagefind/pagefind.js', '/pagefind/index/x.pf_index', '/_headers', '/_nginx/portal.conf'];

/** The rules of a _headers file: path -> header name -> value. */
function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  const blocks = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) blocks.set(line, (current = new Map()));
    else {
      const [name, ...value] = line.trim().split(': ');
      current?.set(name ?? '', value.join(': '));
    }
  }
  return blocks;
}

/** Netlify/Cloudflare splat matching: "/pagefind/*" matches everything under /pagefind/. */
function matches(rule: string, path: string): boolean {
  return rule.endsWith('*') ? path.startsWith(rule.slice(0, -1)) : rule === path;
}

describe('_headers for static hosts', () => {
  const blocks = parseHeadersFile(renderHeadersFile({ files, rules }));

  test('no header is set twice for one path, so hosts that merge rules cannot combine two CSPs', () => {
    const paths = ['/', '/index.html', '/berita/', '/admin/', '/_astro/a.1234.css', '/favicon.svg', '/pagefind/pagefind.js', '/pagefind/index/x.pf_index'];
    for (const path of paths) {
      const names = [...blocks].filter(([rule]) => matches(rule, path)).flatMap(([, headers]) => [...headers.keys()]);
      expect(names.length, path).toBe(new Set(names).size);
      expect(names, path).toContain('Content-Security-Policy');
      expect(names, path).toContain('Cache-Control');
      expect(names, path).toContain('Strict-Transport-Security');
    }
  });

  test('the CMS gets its own policy; everything else the public one', () => {
    expect(blocks.get('/admin/')?.get('Content-Security-Policy')).toContain("'unsafe-eval'");
    expect(blocks.get('/berita/')?.get('Content-Security-Policy')).not.toContain("'unsafe-eval'");
    expect(blocks.get('/_astro/*')?.get('Cache-Control')).toContain('immutable');
    expect(blocks.has('/pagefind/*')).toBe(true);
    expect([...blocks.keys()].some((rule) => rule.startsWith('/_nginx') || rule === '/_headers')).toBe(false);
  });
});

describe('nginx configuration', () => {
  const conf = renderNginx(rules);

  test('every location repeats every header, because nginx drops inherited add_header lines', () => {
    const locations = conf.split(/\n(?=location )/).slice(1).filter((block) => !block.includes('return 404'));
    expect(locations).toHaveLength(5);
    for (const block of locations) {
      for (const name of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Strict-Transport-Security', 'Cache-Control']) {
        expect(block, block.split('\n')[0]).toMatch(new RegExp(`add_header ${name} ".+" always;`));
      }
    }
  });

  test('serves precompressed files and the site 404 page, and hides its own configuration', () => {
    expect(conf).toContain('gzip_static on;');
    expect(conf).toContain('brotli_static on;');
    expect(conf).toContain('error_page 404 /404.html;');
    expect(conf).toContain('location ~ ^/(?:_headers|_nginx/) {');
    expect(conf).toContain("script-src 'self' 'wasm-unsafe-eval'");
  });
});
