/**
 * The npm packages a source file imports at run time: static and dynamic imports, re-exports
 * `import.meta.resolve` and `require.resolve`, without type-only imports (their packages are types, not code).
 * Read with es-module-lexer would miss .astro frontmatter and resolve() calls; the patterns
 * below cover the forms this project writes, and the test beside it fails on a package missed.
 */
const SPECIFIERS = [
  /^\s*import\s+(?!type\s)[^'"]*?from\s*['"]([^'"]+)['"]/gm,
  /^\s*import\s*['"]([^'"]+)['"]/gm,
  /^\s*export\s+(?!type\s)[^'"]*?from\s*['"]([^'"]+)['"]/gm,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\bimport\.meta\.resolve\(\s*['"]([^'"]+)['"]/g,
  // A package read as files, through createRequire(...).resolve of its package.json.
  /\.resolve\(\s*['"]([^'"]+)['"]/g,
];

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`; relative paths, `node:` and virtual modules → undefined. */
export function packageName(specifier: string): string | undefined {
  if (/^(\.|\/|[a-z]+:)/.test(specifier) || specifier.startsWith('virtual:')) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

export function importedPackages(source: string): Set<string> {
  const names = new Set<string>();
  for (const pattern of SPECIFIERS) {
    for (const match of source.matchAll(pattern)) {
      const name = packageName(match[1]!);
      if (name) names.add(name);
    }
  }
  return names;
}
