/**
 * A preview build (PORTAL_NOINDEX) keeps search engines away three ways: robots.txt, a robots
 * meta tag on every page (BaseLayout) and X-Robots-Tag on every response the host's
 * configuration serves. A public build does none of these.
 */
import { describe, expect, test } from 'vitest';
import { headerRules, NOINDEX, type PolicyInput } from '../../../src/hosting/policy.ts';
import { renderHeadersFile } from '../../../src/hosting/render-headers-file.ts';
import { renderNginx } from '../../../src/hosting/render-nginx.ts';
import { isNoindexBuild } from '../../../src/lib/noindex-build.ts';
import { GET as robots } from '../../../src/pages/robots.txt.ts';

const input: PolicyInput = { scriptHashes: [], styleHashes: [], adminScriptHashes: [], usesWebAssembly: true, adminConnectOrigins: [], adminImageOrigins: [] };

async function robotsTxt(env: string | undefined): Promise<string> {
  const saved = process.env.PORTAL_NOINDEX;
  if (env === undefined) delete process.env.PORTAL_NOINDEX;
  else process.env.PORTAL_NOINDEX = env;
  try {
    const response = await robots({ site: new URL('https://balai.example') } as Parameters<typeof robots>[0]);
    return await response.text();
  } finally {
    if (saved === undefined) delete process.env.PORTAL_NOINDEX;
    else process.env.PORTAL_NOINDEX = saved;
  }
}

describe('PORTAL_NOINDEX', () => {
  test.each([['1', true], ['true', true], [' TRUE ', true], ['0', false], ['false', false], ['', false], ['ya', false], [undefined, false]] as const)('%s builds a preview: %s', (value, expected) => {
    expect(isNoindexBuild(value === undefined ? {} : { PORTAL_NOINDEX: value })).toBe(expected);
  });
});

describe('robots.txt', () => {
  test('of a preview disallows everything and names no sitemap', async () => {
    const text = await robotsTxt('1');
    expect(text).toBe('User-agent: *\nDisallow: /\n');
  });

  test('of the public site allows it and names the sitemap', async () => {
    const text = await robotsTxt(undefined);
    expect(text).toContain('Disallow: /admin/');
    expect(text).not.toMatch(/^Disallow: \/$/m);
    expect(text).toContain('Sitemap: https://balai.example/sitemap-index.xml');
  });
});

describe('X-Robots-Tag', () => {
  test('a preview sends it with every kind of response, in the nginx and _headers files alike', () => {
    const rules = headerRules({ ...input, noindex: true });
    for (const rule of Object.values(rules)) expect(rule.headers['X-Robots-Tag'], rule.kind).toBe(NOINDEX);
    // Every location that sends headers sends this one too (nginx drops inherited add_header lines).
    const locations = [...renderNginx(rules).matchAll(/^location [^{]+\{([^}]*)\}/gm)].map((match) => match[1] ?? '').filter((body) => body.includes('add_header'));
    expect(locations.length).toBeGreaterThan(3);
    for (const body of locations) expect(body).toContain(`add_header X-Robots-Tag "${NOINDEX}" always;`);
    const headersFile = renderHeadersFile({ files: ['/index.html', '/_astro/a.css', '/robots.txt'], rules });
    // Blocks after the shared "/*" one name their paths; each must carry it.
    const blocks = headersFile.split('\n\n').filter((block) => block.startsWith('/') && !block.startsWith('/*'));
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    for (const block of blocks) expect(block).toContain(`X-Robots-Tag: ${NOINDEX}`);
  });

  test('the public site sends it for the CMS only', () => {
    const rules = headerRules(input);
    expect(rules.admin.headers['X-Robots-Tag']).toBe(NOINDEX);
    for (const kind of ['pages', 'hashed-assets', 'files'] as const) expect(rules[kind].headers['X-Robots-Tag']).toBeUndefined();
  });
});
