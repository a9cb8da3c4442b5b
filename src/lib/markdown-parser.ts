/**
 * Sätteri, the Markdown and MDX parser, exactly as the build renders with it. Astro renders
 * bodies through @astrojs/markdown-satteri, which brings its own Sätteri; the content check and
 * the list of a body's files must read a body with that same copy, or a newer or older parser
 * could accept what the renderer reads differently. So Sätteri is never imported by name from
 * the portal's code: it is resolved the way Astro's MDX integration reaches it,
 * @astrojs/mdx → @astrojs/markdown-satteri → satteri, through each package's public entry point.
 * tests/unit/markdown-parser.test.ts proves it is the very file Astro loads.
 *
 * Loaded with require: Sätteri has no top-level await, and Node gives require and import one
 * module cache, so this is the same module instance Astro's renderer uses, and it loads the
 * same way whether this file runs in Node, in Vite's module runner or bundled by the build.
 */
import { createRequire, findPackageJSON } from 'node:module';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The public entry file of `specifier` as the package at `from` would import it. */
function resolvedFrom(from: string, specifier: string): string {
  return createRequire(from).resolve(specifier);
}

const mdxIntegration = resolvedFrom(import.meta.url, '@astrojs/mdx');
const markdownRenderer = resolvedFrom(mdxIntegration, '@astrojs/markdown-satteri');

/** The file of Sätteri's entry point that Astro's Markdown renderer loads. */
export const markdownParserFile = resolvedFrom(markdownRenderer, 'satteri');

/** A node of the syntax tree, as far as the portal reads it (mdast, with MDX nodes). */
export interface MarkdownNode {
  type: string;
  children?: MarkdownNode[];
  position?: { start?: { line?: number; column?: number } };
  [field: string]: unknown;
}

/** Sätteri's switches the portal sets; the renderer's defaults are GFM and smart punctuation on. */
export interface MarkdownFeatures {
  gfm?: boolean;
  smartPunctuation?: boolean;
}

/**
 * The part of Sätteri's API the portal uses, declared here rather than imported from the
 * package's types, so the portal depends on no copy of Sätteri of its own.
 */
export interface MarkdownParser {
  /** A Markdown body's syntax tree. */
  markdownToMdast(source: string, options?: { features?: MarkdownFeatures }): MarkdownNode;
  /** An MDX body's syntax tree, with import/export, {expressions} and JSX as nodes; throws on invalid MDX. */
  mdxToMdast(source: string): MarkdownNode;
  /** A Markdown body as HTML, without Astro's plugins (heading ids, image handling). */
  markdownToHtml(source: string, options?: { features?: MarkdownFeatures }): { html: string };
}

function loadParser(file: string): MarkdownParser {
  const loaded = createRequire(file)(file) as Record<string, unknown>;
  const names = ['markdownToMdast', 'mdxToMdast', 'markdownToHtml'] as const;
  const missing = names.filter((name) => typeof loaded[name] !== 'function');
  // A Sätteri that renamed its functions fails here, naming them, not deep inside a check.
  if (missing.length) throw new Error(`${file}: Sätteri has no ${missing.join(', ')}; the portal's parser module needs updating.`);
  return loaded as unknown as MarkdownParser;
}

const parser = loadParser(markdownParserFile);

export const markdownToMdast: MarkdownParser['markdownToMdast'] = (source, options) => parser.markdownToMdast(source, options);
export const mdxToMdast: MarkdownParser['mdxToMdast'] = (source) => parser.mdxToMdast(source);
export const markdownToHtml: MarkdownParser['markdownToHtml'] = (source, options) => parser.markdownToHtml(source, options);

/** The version of that Sätteri, for caches keyed on the code that produced them. */
export function markdownParserVersion(): string {
  const manifestFile = findPackageJSON(pathToFileURL(markdownParserFile));
  const manifest = manifestFile ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as { version?: unknown }) : {};
  return typeof manifest.version === 'string' ? manifest.version : '?';
}
