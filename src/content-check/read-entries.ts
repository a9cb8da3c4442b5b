/**
 * Reads content files the way an editor wrote them: YAML is parsed with the `yaml` package's
 * core schema, which keeps dates as the strings typed (so 2025-13-45 stays visible instead of
 * being rolled over into another month), and every value keeps its line number.
 *
 * Data is data, read by an allow-list: only the core schema's own tags (a `!!js/function` or
 * any other tag is refused, never resolved), and no aliases. Editors and the CMS never write
 * aliases, and refusing them all refuses an "alias bomb" that would expand into a huge value,
 * an alias to itself and an alias to nothing, each as a problem of its file instead of a crash.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isAlias, isNode, visit, type Document } from 'yaml';
import { contentCheckText } from '../strings/content-check.ts';

export interface RawEntry {
  /** Path relative to the project root, as editors see it: content/news/x/index.mdx */
  file: string;
  /** Entry id as Astro derives it (folder name for index files). */
  id: string;
  data: unknown;
  body: string;
  /** Line (1-based) of the file where the body starts, to report problems inside the body. */
  bodyStartLine: number;
  /** Line (1-based) in the file of the value at a field path, for messages. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  /** Problems found while reading (bad YAML, missing frontmatter). */
  readErrors: { line?: number | undefined; message: string }[];
}

/**
 * An unclosed quote is only noticed where the text ends, so the editor is told to look
 * upwards too.
 */
function yamlErrorMessage(code: string): string {
  if (code === 'MISSING_CHAR') {
    return contentCheckText.reading.unclosedQuote(code);
  }
  return contentCheckText.reading.invalidData(code);
}

/** The tags of YAML's core schema: text, numbers, yes/no, empty, groups and lists. */
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => `tag:yaml.org,2002:${name}`));

/** "tag:yaml.org,2002:js/function" as it was written: "!!js/function". */
const writtenTag = (tag: string) => tag.replace(/^tag:yaml\.org,2002:/, '!!');

/** Tags outside the core schema and the first alias, each with its line in the YAML text. */
function tagsAndAliases(doc: Document, lineCounter: LineCounter) {
  const tags: { tag: string; line: number }[] = [];
  let firstAlias: number | undefined;
  visit(doc, {
    Node(_key, node) {
      const line = node.range ? lineCounter.linePos(node.range[0]).line : 1;
      if (isAlias(node)) firstAlias ??= line;
      else if (node.tag && !CORE_TAGS.has(node.tag)) tags.push({ tag: writtenTag(node.tag), line });
    },
  });
  return { tags, firstAlias };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** `text` is the file's content when the caller has already read it. */
export function readEntry(root: string, file: string, id: string, text = readFileSync(`${root}/${file}`, 'utf8')): RawEntry {
  const isYamlFile = /\.ya?ml$/i.test(file);
  let yamlText = text;
  let body = '';
  let lineOffset = 0;
  const readErrors: RawEntry['readErrors'] = [];

  if (!isYamlFile) {
    const match = FRONTMATTER.exec(text);
    if (!match) {
      readErrors.push({ line: 1, message: contentCheckText.reading.noFrontmatter });
      return { file, id, data: {}, body: text, bodyStartLine: 1, lineOf: () => undefined, readErrors };
    }
    yamlText = match[1] ?? '';
    body = text.slice(match[0].length);
    lineOffset = 1;
  }

  const lineCounter = new LineCounter();
  // logLevel 'error': the parser's English warnings never reach the console; what matters is reported below.
  const doc: Document = parseDocument(yamlText, { lineCounter, schema: 'core', prettyErrors: false, logLevel: 'error' });
  for (const error of doc.errors) {
    // Without prettyErrors the parser leaves linePos empty; the offset always exists.
    const line = error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line;
    readErrors.push({ line: line + lineOffset, message: yamlErrorMessage(error.code) });
  }

  const { tags, firstAlias } = tagsAndAliases(doc, lineCounter);
  for (const { tag, line } of tags) readErrors.push({ line: line + lineOffset, message: contentCheckText.reading.unknownTag(tag) });

  if (firstAlias !== undefined) readErrors.push({ line: firstAlias + lineOffset, message: contentCheckText.reading.alias });

  const lineOf = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line + lineOffset;
      if (depth === 0) return undefined;
    }
    return undefined;
  };

  const bodyStartLine = isYamlFile ? 1 : text.slice(0, text.length - body.length).split('\n').length;
  return { file, id, data: readErrors.length ? {} : (doc.toJS() ?? {}), body, bodyStartLine, lineOf, readErrors };
}
