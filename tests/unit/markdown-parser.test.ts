/**
 * The content check reads bodies with the very Sätteri that Astro renders them with. Which file
 * Astro loads is asked of Node's own module loader, not worked out again: a fresh Node process
 * records every module its loader resolves while it imports Astro and its MDX integration.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { markdownParserFile, markdownParserVersion, markdownToHtml, markdownToMdast, mdxToMdast } from '../../src/lib/markdown-parser.ts';

interface Resolution {
  specifier: string;
  parent: string | undefined;
  file: string;
}

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Every resolution Node makes while the renderer's users are imported, as a list. */
function resolutionsWhileAstroLoads(): Resolution[] {
  // Run from the project root, so the two packages resolve as the build resolves them.
  const script = `
    import { registerHooks } from 'node:module';
    const seen = [];
    registerHooks({
      resolve(specifier, context, next) {
        const result = next(specifier, context);
        seen.push({ specifier, parent: context.parentURL, file: result.url });
        return result;
      },
    });
    await import('@astrojs/mdx');
    await import('astro');
    process.stdout.write(JSON.stringify(seen));
  `;
  const output = execFileSync(process.execPath, ['--input-type=module', '--eval', script], { cwd: root, encoding: 'utf8' });
  return (JSON.parse(output) as Resolution[]).map((resolution) => ({
    ...resolution,
    file: resolution.file.startsWith('file:') ? fileURLToPath(resolution.file) : resolution.file,
  }));
}

describe('the Markdown parser of the content check', () => {
  const resolutions = resolutionsWhileAstroLoads();
  const renderers = resolutions.filter((resolution) => resolution.specifier === '@astrojs/markdown-satteri');
  const rendererFolders = [...new Set(renderers.map((resolution) => fileURLToPath(new URL('..', pathToFileURL(resolution.file)))))];
  const parsersOfRenderer = resolutions.filter(
    (resolution) => resolution.specifier === 'satteri' && rendererFolders.some((folder) => resolution.parent && fileURLToPath(resolution.parent).startsWith(folder)),
  );

  test('Astro and its MDX integration render with one copy of @astrojs/markdown-satteri', () => {
    const importers = renderers.map((resolution) => resolution.parent ?? '');
    expect(importers.some((parent) => parent.includes('/@astrojs/mdx/'))).toBe(true);
    expect(importers.some((parent) => parent.includes('/astro/'))).toBe(true);
    expect(new Set(renderers.map((resolution) => resolution.file)).size).toBe(1);
  });

  test('is the file of Sätteri that @astrojs/markdown-satteri loads', () => {
    expect(parsersOfRenderer.length).toBeGreaterThan(0);
    for (const resolution of parsersOfRenderer) expect(resolution.file).toBe(markdownParserFile);
  });

  test('the renderer that tests import by name is the one Astro renders with', () => {
    // Tests of the renderer import @astrojs/markdown-satteri themselves (a devDependency): it
    // must be the copy the build uses, so its pinned version follows @astrojs/mdx's.
    const byName = createRequire(import.meta.url).resolve('@astrojs/markdown-satteri');
    expect(renderers.map((resolution) => resolution.file)).toContain(byName);
  });

  test('parses with that Sätteri: Markdown, MDX code and HTML', () => {
    expect(markdownParserVersion()).toMatch(/^\d+\.\d+\.\d+/);
    expect(markdownToMdast('# Judul', { features: { gfm: true } }).children?.[0]?.type).toBe('heading');
    expect(mdxToMdast('{1 + 1}').children?.[0]?.type).toBe('mdxFlowExpression');
    expect(markdownToHtml('a | b\n--|--\n1 | 2', { features: { gfm: true } }).html).toContain('<table>');
  });
});
