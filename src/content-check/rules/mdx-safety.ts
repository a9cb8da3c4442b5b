/**
 * Content, not code. What an editor writes in a body is checked against a list of what is
 * allowed, never against a list of what is forbidden:
 *
 * - As MDX (Sätteri, the very copy Astro renders with; src/lib/markdown-parser.ts): no import/export, no {expressions}, no components, no
 *   attribute holding an expression. These would be code in an MDX file. (Bodies are rendered
 *   as Markdown, so a component could not even show: none is allowed.)
 * - As the HTML readers get: the body is rendered to HTML with the same Markdown renderer the
 *   build uses (src/schema/bodies-rendered-at-sync.ts), parsed the way browsers parse it, and
 *   every element and attribute is held against the body allow-list
 *   (src/lib/body-html/allow-list.ts), the same list the build's sanitiser enforces again.
 *
 * Each problem names its line where the body shows it, and says what to write instead.
 */
import { markdownToHtml, mdxToMdast } from '../../lib/markdown-parser.ts';
import { perEntryRule, type ContentProblem, type EntryRule } from '../check-content.ts';
import { findDisallowedHtml, type DisallowedHtml } from '../../lib/body-html/find-disallowed.ts';
import { MAX_BODY_DEPTH } from '../../lib/body-html/walk.ts';
import { FORBIDDEN_TEXT_CHARACTERS } from '../../lib/body-html/allow-list.ts';
import { contentCheckText } from '../../strings/content-check.ts';
import { parserMessage } from '../parser-messages.ts';


interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start?: { line?: number } };
}

const MESSAGES = contentCheckText.mdx;

/** Something in a body that is not allowed, with its line in the body and how to fix it. */
export interface UnsafeMdx {
  line: number | undefined;
  message: string;
  fix: string;
}

/** Everything in a body that the allow-lists refuse, MDX code first, then HTML. */
export function findUnsafeMdx(body: string, format: 'mdx' | 'md' = 'mdx'): UnsafeMdx[] {
  // Nesting this deep is refused before any parser sees it: each of them recurses over it.
  const nesting = quoteAndListDepth(body);
  if (nesting > MAX_BODY_DEPTH) return [{ line: undefined, message: MESSAGES.tooDeep(MAX_BODY_DEPTH), fix: MESSAGES.fixTooDeep }];
  const code = [...findForbiddenCharacters(body), ...(format === 'mdx' ? findMdxCode(body) : [])];
  // A component the MDX check named already is also an unknown element in the HTML: say it once.
  const components = new Set(code.flatMap((finding) => (finding.component ? [finding.component.toLowerCase()] : [])));
  const html = findHtmlOutsideAllowList(body).filter((finding) => !finding.element || !components.has(finding.element));
  return [...code, ...html].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)).map(({ line, message, fix }) => ({ line, message, fix }));
}

/** A finding as the two checks report it, before they are merged. */
interface Finding extends UnsafeMdx {
  component?: string;
  element?: string;
}

function findMdxCode(body: string): Finding[] {
  let tree: Node;
  try {
    tree = mdxToMdast(body) as unknown as Node;
  } catch (error) {
    if (error instanceof RangeError) return [{ line: undefined, message: MESSAGES.tooDeep(MAX_BODY_DEPTH), fix: MESSAGES.fixTooDeep }];
    // The parser's reason is English about JSX and expressions: it is read, never shown.
    const { line, message, fix } = parserMessage(error instanceof Error ? error.message : String(error));
    return [{ line, message, fix }];
  }
  const found: Finding[] = [];
  // Iterative: a body may nest deeply enough to overflow a recursive walk.
  const stack: Node[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
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
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        // Capitalised or dotted names are components; an unnamed element is a fragment <>…</>.
        const isComponent = /^[A-Z]/.test(name) || name.includes('.');
        if (isComponent) found.push({ line, message: MESSAGES.component(name), fix: MESSAGES.fix, component: name });
        if (node.attributes?.some((attribute) => attribute.type !== 'mdxJsxAttribute' || (typeof attribute.value === 'object' && attribute.value !== null))) {
          report(MESSAGES.attributeExpression(name));
        }
        break;
      }
    }
    for (const child of [...(node.children ?? [])].reverse()) stack.push(child);
  }
  return found;
}

/** Control characters and direction overrides, each line once. */
function findForbiddenCharacters(body: string): Finding[] {
  return body.split('\n').flatMap((text, index) => {
    const found = text.match(FORBIDDEN_TEXT_CHARACTERS);
    if (!found) return [];
    const codes = [...new Set(found)].map((character) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
    return [{ line: index + 1, message: MESSAGES.forbiddenCharacters(codes), fix: MESSAGES.fixForbiddenCharacters }];
  });
}

/** The body as the build renders it, held against the allow-list. */
function findHtmlOutsideAllowList(body: string): Finding[] {
  let html: string;
  try {
    html = markdownToHtml(body, { features: { gfm: true, smartPunctuation: true } }).html;
  } catch (error) {
    if (error instanceof RangeError) return [{ line: undefined, message: MESSAGES.tooDeep(MAX_BODY_DEPTH), fix: MESSAGES.fixTooDeep }];
    throw error;
  }
  return findDisallowedHtml(html).map((finding) => describe(finding, body));
}

function describe(finding: DisallowedHtml, body: string): Finding {
  switch (finding.kind) {
    case 'depth':
      return { line: undefined, message: MESSAGES.tooDeep(MAX_BODY_DEPTH), fix: MESSAGES.fixTooDeep };
    case 'element':
      return {
        line: lineOf(body, new RegExp(`<${escapeRegExp(finding.element)}(?![\\w-])`, 'i')) ?? headingLine(body, finding.element),
        message: MESSAGES.element(finding.element),
        fix: /^h1$/.test(finding.element) ? MESSAGES.fixHeading : MESSAGES.fix,
        element: finding.element,
      };
    case 'attribute':
      return {
        line: lineOf(body, new RegExp(`\\s${escapeRegExp(finding.attribute)}\\s*=`, 'i')) ?? lineOf(body, new RegExp(`\\s${escapeRegExp(finding.attribute)}(?![\\w-])`, 'i')),
        message: MESSAGES.attribute(finding.attribute, finding.element),
        fix: MESSAGES.fix,
      };
    case 'address':
      return {
        line: lineOf(body, finding.address) ?? lineOf(body, new RegExp(`${escapeRegExp(finding.attribute)}\\s*=|\\]\\(|<[a-z][\\w+.-]*:`, 'i')),
        message: finding.element === 'img' ? MESSAGES.imageAddress(finding.address) : MESSAGES.linkAddress(finding.address),
        fix: finding.element === 'img' ? MESSAGES.fixImageAddress : MESSAGES.fixLinkAddress,
      };
  }
}

/** The first line of the body that shows `pattern`, counted from 1. */
function lineOf(body: string, pattern: RegExp | string): number | undefined {
  const lines = body.split('\n');
  const index = lines.findIndex((line) => (typeof pattern === 'string' ? line.includes(pattern) : pattern.test(line)));
  return index === -1 ? undefined : index + 1;
}

/** A heading written in Markdown ("# Judul") is an <h1> in the HTML. */
function headingLine(body: string, element: string): number | undefined {
  const level = /^h([1-6])$/.exec(element)?.[1];
  return level ? lineOf(body, new RegExp(`^\\s{0,3}#{${level}}(\\s|$)`)) : undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * How deeply quotes (">") and indented lists nest in the body, read from line starts without
 * parsing: the parsers themselves recurse over nesting, so a hostile depth must be caught first.
 */
export function quoteAndListDepth(body: string): number {
  let deepest = 0;
  for (const line of body.split('\n')) {
    const quotes = /^[\s>]*/.exec(line)?.[0].split('>').length ?? 1;
    const indent = /^ */.exec(line)?.[0].length ?? 0;
    deepest = Math.max(deepest, quotes - 1, Math.floor(indent / 2));
  }
  return deepest;
}

/** The content-check rule: every Markdown or MDX entry's body, reported with file and line. */
export function mdxSafety(): EntryRule {
  return perEntryRule('body-allow-list', (entry) => {
    const format = /\.(mdx?)$/.exec(entry.source.file)?.[1] as 'mdx' | 'md' | undefined;
    if (!format) return [];
    return findUnsafeMdx(entry.raw.body, format).map(
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
