/**
 * The images and links of a body, and the files beside the entry they point at. The body is
 * read the way the build renders it: as Markdown with GFM, by the very Sätteri behind Astro's
 * Markdown renderer (src/lib/markdown-parser.ts, src/schema/bodies-rendered-at-sync.ts). The
 * content check judges these references and the build publishes the documents among them, so
 * both always agree on which files a body uses.
 */
import { posix } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { markdownToMdast } from './markdown-parser.ts';

/**
 * - `image`: a Markdown image (`![alt](./grafik.png)`), which the build turns into a responsive photo;
 * - `html-image`: an `<img>` written as HTML or an image by reference (`![alt][1]`), which the
 *   renderer leaves untouched, so it is never resized and its file never published;
 * - `link`: a link, written in Markdown (inline or by reference) or as an HTML `<a href>`.
 */
export type BodyReferenceKind = 'image' | 'html-image' | 'link';

export interface BodyReference {
  kind: BodyReferenceKind;
  url: string;
  /** The image's alt text (Markdown images only). */
  alt?: string;
  /** 1-based line in the body. */
  line: number;
}

interface MdastNode {
  type: string;
  url?: string;
  alt?: string | null;
  value?: string;
  identifier?: string;
  children?: MdastNode[];
  position?: { start?: { line?: number } };
}

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  position?: { start?: { line?: number } };
}

/**
 * Every node of a tree, parents before children, in document order. Walked with a list rather
 * than by recursion, so a body nested thousands of levels deep (a quote in a quote in…) is read
 * like any other instead of overflowing the stack.
 */
function inOrder<T extends { children?: T[] }>(root: T): T[] {
  const nodes: T[] = [];
  const pending: T[] = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    nodes.push(node);
    const children = node.children ?? [];
    for (let index = children.length - 1; index >= 0; index--) pending.push(children[index] as T);
  }
  return nodes;
}

/** Options the build's renderer uses (Astro's Markdown defaults); GFM adds tables and autolinks. */
const MARKDOWN_FEATURES = { gfm: true } as const;

/** Links and images written as HTML inside the body. */
function htmlReferences(html: string, firstLine: number): BodyReference[] {
  const found: BodyReference[] = [];
  for (const node of inOrder(fromHtml(html, { fragment: true }) as HastNode)) {
    const line = firstLine + (node.position?.start?.line ?? 1) - 1;
    if (node.type === 'element' && node.tagName === 'a' && typeof node.properties?.href === 'string') {
      found.push({ kind: 'link', url: node.properties.href, line });
    }
    if (node.type === 'element' && node.tagName === 'img' && typeof node.properties?.src === 'string') {
      found.push({ kind: 'html-image', url: node.properties.src, line });
    }
  }
  return found;
}

/** Every image and link of a Markdown body, in the order they appear. */
export function bodyReferences(body: string): BodyReference[] {
  const tree = markdownToMdast(body, { features: MARKDOWN_FEATURES }) as unknown as MdastNode;
  const nodes = inOrder(tree);
  const definitions = new Map<string, string>();
  for (const node of nodes) {
    if (node.type === 'definition' && node.identifier && typeof node.url === 'string') definitions.set(node.identifier, node.url);
  }
  const found: BodyReference[] = [];
  for (const node of nodes) {
    const line = node.position?.start?.line ?? 1;
    const defined = node.identifier ? definitions.get(node.identifier) : undefined;
    switch (node.type) {
      case 'image':
        found.push({ kind: 'image', url: node.url ?? '', alt: node.alt ?? '', line });
        break;
      case 'imageReference':
        if (defined !== undefined) found.push({ kind: 'html-image', url: defined, line });
        break;
      case 'link':
        found.push({ kind: 'link', url: node.url ?? '', line });
        break;
      case 'linkReference':
        if (defined !== undefined) found.push({ kind: 'link', url: defined, line });
        break;
      case 'html':
        found.push(...htmlReferences(node.value ?? '', line));
        break;
    }
  }
  return found;
}

/** Where a body's address leads, as far as files beside the entry are concerned. */
export type BodyTarget =
  /** A file, relative to the entry: "./sk.pdf", "lampiran/daftar.pdf", "../foto.jpg". */
  | { kind: 'relative-file'; path: string; extension: string }
  /** Another site ("https://…", "//…"), or an embedded file ("data:…"). */
  | { kind: 'elsewhere' }
  /** A page or file of this site by its address ("/layanan/"), an anchor, mailto:, tel:. */
  | { kind: 'site' };

export function bodyTarget(url: string): BodyTarget {
  const trimmed = url.trim();
  if (/^(\/\/|[a-z][a-z0-9+.-]*:)/i.test(trimmed)) {
    return /^(\/\/|https?:|data:|ftp:)/i.test(trimmed) ? { kind: 'elsewhere' } : { kind: 'site' };
  }
  if (trimmed === '' || /^[/#?]/.test(trimmed)) return { kind: 'site' };
  const raw = trimmed.split(/[?#]/)[0] ?? '';
  let path = raw;
  try {
    path = decodeURIComponent(raw);
  } catch {
    // Left as written; no file will have that name, and the check says so.
  }
  const extension = /\.([a-z0-9]{1,5})$/i.exec(path)?.[1]?.toLowerCase();
  // "./tentang/" or "lain" is a page address relative to this one, not a file.
  return extension ? { kind: 'relative-file', path, extension } : { kind: 'site' };
}

/**
 * A file a body names, relative to its entry's file (both as paths from the project root, with
 * "/"): the file's path, and its path inside the entry's folder when it stays inside it. A
 * document is published at the entry's page address plus that inside path, which is exactly
 * where the body's relative link leads a reader (content/services/sk.pdf beside
 * content/services/sertifikasi.mdx is /layanan/sertifikasi/sk.pdf).
 */
export function locateBesideEntry(entryFile: string, path: string): { file: string; inside: string | undefined } {
  const folder = posix.dirname(entryFile);
  const file = posix.normalize(posix.join(folder, path));
  return { file, inside: file.startsWith(`${folder}/`) ? file.slice(folder.length + 1) : undefined };
}

/**
 * The documents a body links to that the build publishes beside its page: relative links to
 * files of an allowed type inside the entry's folder, as paths inside that folder, once each.
 */
export function linkedDocuments(body: string, entryFile: string, documentTypes: readonly string[]): string[] {
  // Most bodies link no document: they are not parsed at all (this runs for every body at sync).
  const lower = body.toLowerCase();
  if (!documentTypes.some((type) => lower.includes(`.${type.toLowerCase()}`))) return [];
  const documents = new Set<string>();
  for (const reference of bodyReferences(body)) {
    if (reference.kind !== 'link') continue;
    const target = bodyTarget(reference.url);
    if (target.kind !== 'relative-file' || !documentTypes.includes(target.extension)) continue;
    const { inside } = locateBesideEntry(entryFile, target.path);
    if (inside) documents.add(inside);
  }
  return [...documents].sort();
}
