import { describe, expect, test } from 'vitest';
import { gitHostOrigins } from '../../../src/hosting/git-host.ts';
import { cspHash, cspHashes } from '../../../src/hosting/inline-hashes.ts';
import { adminDirectives, headerRules, publicDirectives, serializeCsp, type PolicyInput } from '../../../src/hosting/policy.ts';

const github = gitHostOrigins('github');
const input: PolicyInput = {
  scriptHashes: [cspHash('console.log(1)')],
  styleHashes: [],
  adminScriptHashes: [],
  usesWebAssembly: false,
  adminConnectOrigins: github.connect,
  adminImageOrigins: github.images,
};

describe('Content-Security-Policy', () => {
  test('public pages allow only their own files and the hashed inline code', () => {
    const csp = serializeCsp(publicDirectives(input));
    expect(csp).toContain(`script-src 'self' ${cspHash('console.log(1)')};`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).not.toMatch(/unsafe|https?:|\*/);
  });

  test('a build with a search index may run WebAssembly, and nothing more', () => {
    const scriptSrc = publicDirectives({ ...input, usesWebAssembly: true })['script-src'];
    expect(scriptSrc).toContain("'wasm-unsafe-eval'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
  });

  test('the CMS reaches the Git host and its own origin (the local editing API), and only it gets the extras', () => {
    const admin = adminDirectives(input);
    expect(admin['connect-src']).toEqual(["'self'", 'https://api.github.com']);
    expect(admin['img-src']).toContain('https://raw.githubusercontent.com');
    expect(admin['frame-ancestors']).toEqual(["'none'"]);
    expect(serializeCsp(publicDirectives(input))).not.toContain('github');
  });

  test('no loopback address is allowed: the local editing API shares the portal\'s origin', () => {
    for (const host of ['github', 'gitlab', 'https://git.pom.go.id/api/v1']) {
      expect(gitHostOrigins(host).connect.join(' ')).not.toMatch(/127\.0\.0\.1|localhost/);
    }
  });

  test('a self-hosted Git server is allowed by its origin; a typo is refused with a fix', () => {
    expect(gitHostOrigins('https://git.pom.go.id/api/v1').connect[0]).toBe('https://git.pom.go.id');
    expect(() => gitHostOrigins('githib')).toThrow(/PORTAL_CMS_GIT_HOST/);
  });
});

describe('header rules', () => {
  test('pages are revalidated, hashed assets cached for a year, the CMS kept out of search', () => {
    const rules = headerRules(input);
    expect(rules.pages.headers['Cache-Control']).toBe('public, max-age=0, must-revalidate');
    expect(rules['hashed-assets'].headers['Cache-Control']).toContain('immutable');
    expect(rules.admin.headers['X-Robots-Tag']).toBe('noindex, nofollow');
    for (const rule of Object.values(rules)) {
      expect(rule.headers['Strict-Transport-Security']).toMatch(/^max-age=31536000/);
      expect(rule.headers['X-Content-Type-Options']).toBe('nosniff');
    }
  });

  test('hashes are the standard CSP sha256 of the exact code, deduplicated and sorted', () => {
    // echo -n 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(cspHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    expect(cspHashes(['b', 'a', 'b'])).toHaveLength(2);
  });
});
