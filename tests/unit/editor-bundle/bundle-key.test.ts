/**
 * The editor bundle's key: it names the bundle's file and decides when the cached bundle is
 * reused, so it must change with any code or package change and never with content.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { editorBundleKey, KEY_LENGTH } from '../../../src/editor-bundle/bundle-key.ts';

let root = '';
function put(file: string, text: string): void {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
}
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'portal-editor-key-'));
  put('src/cms/admin.ts', "import CMS from 'decap-cms-app';\n");
  put('src/styles/global.css', 'body { color: #1f1f1f; }\n');
  put('content/news/berita.mdx', '---\ntitle: Berita\n---\nIsi.\n');
  put('package-lock.json', '{"lockfileVersion":3}');
  put('tsconfig.json', '{}');
  put('package.json', '{}');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('the key of the editor bundle', () => {
  it('is short hex, and the same for the same files', () => {
    const key = editorBundleKey(root);
    expect(key).toMatch(new RegExp(`^[0-9a-f]{${KEY_LENGTH}}$`));
    expect(editorBundleKey(root)).toBe(key);
  });

  it('does not change when content changes, so a publication reuses the bundle', () => {
    const key = editorBundleKey(root);
    put('content/news/berita.mdx', '---\ntitle: Berita baru\n---\nIsi yang diubah.\n');
    put('content/news/berita-lain.mdx', '---\ntitle: Lain\n---\n');
    expect(editorBundleKey(root)).toBe(key);
  });

  it.each([
    ['a TypeScript module', 'src/cms/admin.ts', "import CMS from 'decap-cms-app';\nCMS.init();\n"],
    ['a stylesheet the editor inlines', 'src/styles/global.css', 'body { color: #000; }\n'],
    ['a new file anywhere in src/', 'src/lib/baru.ts', 'export const baru = 1;\n'],
    ['the installed packages', 'package-lock.json', '{"lockfileVersion":3,"packages":{}}'],
    ['the TypeScript settings', 'tsconfig.json', '{"compilerOptions":{}}'],
  ])('changes with %s', (_what, file, text) => {
    const key = editorBundleKey(root);
    put(file, text);
    expect(editorBundleKey(root)).not.toBe(key);
  });

  it('tells a file moved to another name apart from the same bytes in place', () => {
    const key = editorBundleKey(root);
    rmSync(join(root, 'src/styles/global.css'));
    put('src/styles/site.css', 'body { color: #1f1f1f; }\n');
    expect(editorBundleKey(root)).not.toBe(key);
  });
});
