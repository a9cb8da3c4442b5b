/**
 * /admin in the built site: Decap is bundled into the site's own output, loaded only there,
 * and the page stays out of search engines and the site search.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorBundleKey } from '../../src/editor-bundle/bundle-key.ts';
import { editorScriptPath } from '../../src/editor-bundle/paths.ts';
import { distDir, projectRoot } from '../helpers/paths.ts';

const adminHtml = () => readFileSync(join(distDir, 'admin/index.html'), 'utf8');
const attributes = (html: string, tag: string, attribute: string) =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*\\s${attribute}="([^"]+)"`, 'g'))].map((match) => match[1]!);

function htmlFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

describe('the editor page /admin/', () => {
  it('is not indexed and not part of the site search', () => {
    const html = adminHtml();
    expect(html).toMatch(/<meta name="robots" content="noindex, nofollow"/);
    expect(html).not.toContain('data-pagefind-body');
    expect(html).toContain('data-pagefind-ignore="all"');
  });

  it('loads its script and styles from the site itself, never from another host', () => {
    const html = adminHtml();
    const sources = [...attributes(html, 'script', 'src'), ...attributes(html, 'link', 'href')];
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.filter((source) => !source.startsWith('/') || source.startsWith('//'))).toEqual([]);
    const [entry] = attributes(html, 'script', 'src');
    expect(statSync(join(distDir, entry!)).size).toBeGreaterThan(100_000);
  });

  it('loads the editor bundled apart, named by the version of its code, with every file it imports', () => {
    const [entry] = attributes(adminHtml(), 'script', 'src');
    expect(entry).toBe(editorScriptPath(editorBundleKey(projectRoot)));
    const imported = [...readFileSync(join(distDir, entry!), 'utf8').matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)].map((match) => match[1]!);
    expect(imported.length).toBeGreaterThan(10);
    expect(imported.filter((file) => !existsSync(join(distDir, '_astro', file)))).toEqual([]);
  });

  it('carries the settings the editor needs, no secret, and no address of a local server', () => {
    const json = /<script type="application\/json" id="cms-settings">([^<]*)<\/script>/.exec(adminHtml())?.[1];
    const settings = JSON.parse(json ?? '{}');
    expect(Object.keys(settings).sort()).toEqual(['backend', 'publishMode', 'siteUrl', 'timeZone']);
    // The editor finds the local editing API on its own origin at run time: nothing to go stale on a rebuild.
    expect(json).not.toMatch(/127\.0\.0\.1|localhost|:\d{2,5}\//);
  });

  it('is the only page that loads the editor', () => {
    const [entry] = attributes(adminHtml(), 'script', 'src');
    const others = htmlFiles(distDir).filter((file) => !file.endsWith(join('admin', 'index.html')));
    expect(others.length).toBeGreaterThan(5);
    expect(others.filter((file) => readFileSync(file, 'utf8').includes(entry!))).toEqual([]);
  });
});
