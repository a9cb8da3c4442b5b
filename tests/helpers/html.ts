/**
 * Reading the built site: every HTML page in dist/, parsed with a real HTML parser (jsdom),
 * and text checks that only make sense on rendered output.
 */
import { globSync, readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { distDir } from './paths.ts';

export interface BuiltPage {
  /** Site path, e.g. /berita/ or /404.html */
  path: string;
  /** File relative to dist/, e.g. berita/index.html */
  file: string;
  document: Document;
}

/** "berita/x/index.html" is served as /berita/x/; other files keep their name. */
export function sitePathOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

let cache: BuiltPage[] | undefined;

/**
 * Every public HTML page of the build, parsed once per test file. The editor at /admin/ is
 * not a public page (Decap draws it with JavaScript); tests/build/admin-page.test.ts covers it.
 */
export function builtPages(): BuiltPage[] {
  cache ??= globSync('**/*.html', { cwd: distDir })
    .filter((file) => !file.startsWith('admin/'))
    .sort()
    .map((file) => ({ file, path: sitePathOf(file), document: new JSDOM(readFileSync(`${distDir}/${file}`, 'utf8')).window.document }));
  return cache;
}

export function builtPage(path: string): BuiltPage {
  const page = builtPages().find((candidate) => candidate.path === path);
  if (!page) throw new Error(`No built page at ${path}; built pages: ${builtPages().map((p) => p.path).join(', ')}`);
  return page;
}

/** Text of an element with runs of whitespace collapsed, as a reader sees it. */
export function visibleText(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM', 'I', 'INS', 'KBD', 'MARK',
  'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'LABEL', 'OUTPUT',
]);
/** Elements whose content is not prose. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'SVG', 'svg', 'NOSCRIPT', 'PICTURE', 'IMG', 'INPUT', 'BUTTON', 'SELECT', 'TEXTAREA']);

/** Where an inline element starts or ends without a space: text a reader hears as one word. */
const MARK = '\u0000';

function flatten(node: Node, out: string[]): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      out.push(child.textContent ?? '');
    } else if (child.nodeType === 1) {
      const element = child as Element;
      if (SKIP.has(element.tagName)) {
        out.push(' ');
      } else if (element.tagName === 'BR') {
        out.push('\n');
      } else if (INLINE.has(element.tagName)) {
        out.push(MARK);
        flatten(element, out);
        out.push(MARK);
      } else {
        // A block boundary separates words by itself.
        out.push('\n');
        flatten(element, out);
        out.push('\n');
      }
    }
  }
}

const WORD = String.raw`[\p{L}\p{N}]`;
/**
 * A boundary is glued when a word character meets a word character, or a middle dot, colon
 * or comma meets a word: "2025·", "Oleh" + name, "Telepon:0736".
 */
const GLUED = new RegExp(`(?:${WORD}${MARK}+[\\p{L}\\p{N}·(])|(?:[·:,;)]${MARK}+${WORD})`, 'gu');

/** Snippets of the page's body text where compressed HTML glued two words together. */
export function gluedText(document: Document): string[] {
  const out: string[] = [];
  flatten(document.body, out);
  const text = out.join('');
  const found: string[] = [];
  for (const match of text.matchAll(GLUED)) {
    const start = Math.max(0, match.index - 25);
    const end = Math.min(text.length, match.index + match[0].length + 25);
    found.push(text.slice(start, end).replaceAll(MARK, '|').replace(/\s+/g, ' ').trim());
  }
  return found;
}

/** The body text as a reader meets it: blocks separated, inline elements joined as rendered. */
export function readableText(document: Document): string {
  const out: string[] = [];
  flatten(document.body, out);
  return out.join('').replaceAll(MARK, '').replace(/[ \t]+/g, ' ');
}
