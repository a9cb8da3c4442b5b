/**
 * The site address Astro is configured with comes from the office settings; when that value is
 * unusable the build gets a placeholder, so the content check (not Astro's English "Invalid
 * URL") tells the editor what to fix.
 */
import { describe, expect, test } from 'vitest';
import { PLACEHOLDER_SITE_URL, siteUrlForBuild } from '../../src/lib/configured-site-url.ts';

describe('the site address the build is configured with', () => {
  test('is the settings’ https address when it is one', () => {
    expect(siteUrlForBuild('siteUrl: https://bengkulu.pom.go.id\n')).toBe('https://bengkulu.pom.go.id');
    expect(siteUrlForBuild('office:\n  name: x\nsiteUrl: " https://contoh.go.id/portal/ "\n')).toBe('https://contoh.go.id/portal/');
  });

  test.each([
    ['http://', 'siteUrl: http://bengkulu.pom.go.id\n'],
    ['no scheme', 'siteUrl: bengkulu.pom.go.id\n'],
    ['not an address', 'siteUrl: https://[::1\n'],
    ['a query', 'siteUrl: https://bengkulu.pom.go.id/?a=1\n'],
    ['a list', 'siteUrl:\n  - https://bengkulu.pom.go.id\n'],
    ['an alias', 'a: &x https://bengkulu.pom.go.id\nsiteUrl: *x\n'],
    ['malformed YAML', 'siteUrl: "https://bengkulu.pom.go.id\noffice: [\n'],
    ['no siteUrl', 'office:\n  name: Balai\n'],
    ['an empty file', ''],
  ])('is the placeholder for %s, never an exception', (_case, text) => {
    expect(siteUrlForBuild(text)).toBe(PLACEHOLDER_SITE_URL);
  });

  test('is the placeholder when there is no settings file', () => {
    expect(siteUrlForBuild(undefined)).toBe(PLACEHOLDER_SITE_URL);
  });

  test('the placeholder is an address Astro accepts and no real site can have', () => {
    const placeholder = new URL(PLACEHOLDER_SITE_URL);
    expect(placeholder.protocol).toBe('https:');
    expect(placeholder.hostname.endsWith('.invalid')).toBe(true);
  });
});
