/**
 * The `_headers` file read by Netlify, Cloudflare Pages and similar static hosts. Those hosts
 * merge every rule whose path matches (Cloudflare joins repeated headers with commas, which
 * would turn two CSPs into a stricter combination), so no header is set by two rules that
 * can match the same path: `/*` carries the headers shared by every response, and each
 * page, folder of assets or file gets its own CSP and cache lifetime.
 */
import { commonHeaders, HASHED_ASSET_PREFIXES, ADMIN_PATH, PRIVATE_PATHS, type HeaderRule } from './policy.ts';

export interface HeadersFileInput {
  /** Every built file as a URL path ("/berita/index.html"). */
  files: readonly string[];
  rules: Record<HeaderRule['kind'], HeaderRule>;
}

function block(path: string, headers: Record<string, string>): string {
  return [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
}

function without(headers: Record<string, string>, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name)));
}

export function renderHeadersFile({ files, rules }: HeadersFileInput): string {
  const common = commonHeaders();
  const specific = (kind: HeaderRule['kind']) => without(rules[kind].headers, Object.keys(common));
  const blocks: string[] = [
    '# Written by the build (src/hosting/render-headers-file.ts). Do not edit: change src/hosting/policy.ts.',
    block('/*', common),
  ];

  const visible = files.filter((file) => !PRIVATE_PATHS.some((path) => file === path || file.startsWith(path)));
  const pages = visible.filter((file) => file.endsWith('.html'));
  const foldersWithPages = new Set(pages.map((file) => topFolder(file)).filter(Boolean));
  const splatFolders = new Set<string>();

  for (const page of pages) {
    const kind = page.startsWith(ADMIN_PATH) ? 'admin' : 'pages';
    const paths = page.endsWith('/index.html') ? [page.slice(0, -'index.html'.length), page] : [page];
    for (const path of paths) blocks.push(block(path, specific(kind)));
  }
  for (const prefix of HASHED_ASSET_PREFIXES) blocks.push(block(`${prefix}*`, specific('hashed-assets')));
  for (const file of visible) {
    if (file.endsWith('.html') || HASHED_ASSET_PREFIXES.some((prefix) => file.startsWith(prefix))) continue;
    const folder = topFolder(file);
    if (folder && !foldersWithPages.has(folder)) {
      if (!splatFolders.has(folder)) blocks.push(block(`/${folder}/*`, specific('files')));
      splatFolders.add(folder);
    } else blocks.push(block(file, specific('files')));
  }
  return `${blocks.join('\n\n')}\n`;
}

/** "pagefind" for "/pagefind/x.js"; undefined for files at the root. */
function topFolder(file: string): string | undefined {
  const parts = file.split('/');
  return parts.length > 2 ? parts[1] : undefined;
}
