/**
 * Content, not code. MDX is compiled into JavaScript that runs on the build machine and can
 * put scripts into readers' browsers, so an editor account must not be able to write code:
 * no import/export, no {expressions}, no component outside the allow-list, no <script> or
 * other active elements, no on*="" handlers and no javascript: links. The body is parsed
 * as MDX (satteri, Astro's parser), which is stricter than the Markdown renderer the build
 * turns bodies into HTML with (src/schema/bodies-rendered-at-sync.ts): any HTML that renderer
 * would pass through, this parser reads as an element to check or refuses as unreadable.
 */
import { mdxToMdast } from 'satteri';
import { perEntryRule, type ContentProblem, type EntryRule } from '../check-content.ts';
import { contentCheckText } from '../../strings/content-check.ts';

/** Components an editor may use in MDX. None yet: articles are text, lists, links and headings. */
export const ALLOWED_COMPONENTS: readonly string[] = [];

/** HTML elements that run code, load other pages or restyle the site. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'link', 'meta', 'form', 'svg', 'math', 'template', 'portal']);

/** Attributes holding an address: they must not carry javascript:, vbscript: or data: (other than images). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'srcset', 'background', 'cite', 'data']);

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start?: { line?: number } };
}

const MESSAGES = contentCheckText.mdx;

/** True for links that run code: javascript:, vbscript:, and data: other than images. */
export function isDangerousUrl(url: string): boolean {
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:").
  const normalized = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const decoded = normalized.replace(/&#x?[0-9a-f]+;?/g, (entity) => {
    const code = entity.startsWith('&#x') ? parseInt(entity.slice(3), 16) : parseInt(entity.slice(2), 10);
    return Number.isFinite(code) ? String.fromCodePoint(code).toLowerCase() : entity;
  });
  return /^(javascript|vbscript):/.test(decoded) || (/^data:/.test(decoded) && !/^data:image\/(png|jpe?g|gif|webp|avif);/.test(decoded));
}

/** Something in an MDX body that is code rather than content, with its line in the body and how to fix it. */
export interface UnsafeMdx {
  line: number | undefined;
  message: string;
  fix: string;
}

/** Everything in an MDX body that is code rather than content. */
export function findUnsafeMdx(body: string, allowed: readonly string[] = ALLOWED_COMPONENTS): UnsafeMdx[] {
  let tree: Node;
  try {
    tree = mdxToMdast(body) as unknown as Node;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const line = /(\d+):\d+/.exec(reason)?.[1];
    return [{ line: line ? Number(line) : undefined, message: MESSAGES.unreadable(reason), fix: MESSAGES.fixUnreadable }];
  }
  const found: UnsafeMdx[] = [];
  const visit = (node: Node) => {
    const line = node.position?.start?.line;
    const report = (message: string) => found.push({ line, message, fix: MESSAGES.fix });
    switch (node.type) {
      case 'mdxjsEsm':
        report(MESSAGES.esm);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report(MESSAGES.expression);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, report, allowed);
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (node.url && isDangerousUrl(node.url)) report(MESSAGES.dangerousUrl(node.url));
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return found;
}

function checkElement(node: Node, report: (message: string) => void, allowed: readonly string[]): void {
  const name = node.name ?? '';
  // Capitalised or dotted names are components; an unnamed element is a fragment <>…</>.
  const isComponent = /^[A-Z]/.test(name) || name.includes('.');
  if (isComponent && !allowed.includes(name)) report(MESSAGES.component(name));
  if (!isComponent && FORBIDDEN_ELEMENTS.has(name.toLowerCase())) report(MESSAGES.element(name));
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      report(MESSAGES.attributeExpression(name));
      continue;
    }
    const attributeName = (attribute.name ?? '').toLowerCase();
    if (attributeName.startsWith('on')) report(MESSAGES.handler(attribute.name ?? '', name));
    if (typeof attribute.value === 'object' && attribute.value !== null) report(MESSAGES.attributeExpression(name));
    else if (typeof attribute.value === 'string' && URL_ATTRIBUTES.has(attributeName) && isDangerousUrl(attribute.value)) {
      report(MESSAGES.dangerousUrl(attribute.value));
    }
  }
}

/** The content-check rule: every MDX entry's body, reported with file and line. */
export function mdxSafety(allowed: readonly string[] = ALLOWED_COMPONENTS): EntryRule {
  return perEntryRule(`mdx-safety:${allowed.join(',')}`, (entry) => {
    if (!entry.source.file.endsWith('.mdx')) return [];
    return findUnsafeMdx(entry.raw.body, allowed).map(
      (finding): ContentProblem => ({
        file: entry.source.file,
        line: finding.line === undefined ? undefined : finding.line + entry.raw.bodyStartLine - 1,
        field: MESSAGES.field,
        message: finding.message,
        hint: finding.fix,
        severity: 'error',
      }),
    );
  });
}
