/**
 * Turns the MDX parser's English reason for refusing a body ("1:7: Unexpected character after
 * `<`, expected a valid JSX tag …") into what an editor can act on, in Indonesian: what was
 * seen and what to do. The reason is only read here, never shown: it names JSX, oxc and
 * expressions, which mean nothing to a communications officer. Reasons are recognised by the
 * wording of the parser (markdown-rs's MDX messages, as Sätteri reports them); an unknown
 * one gets a general message that still points at the line.
 */
import { parserMessagesText as t } from '../strings/parser-messages.ts';

export interface ParserMessage {
  message: string;
  fix: string;
  /** The line the parser stopped at, counted in the text it was given. */
  line: number | undefined;
}

type Rule = [pattern: RegExp, explain: (match: RegExpExecArray) => { message: string; fix: string }];

/** A tag name as the reason quotes it: "`<br>`", "`</b>`". */
const TAG = '`</?([^`>\\s]*)>`';

const RULES: Rule[] = [
  [/Unexpected character after `<`/, () => ({ message: t.lessThan, fix: t.lessThanFix })],
  [/Unexpected character `!`.*before name/, () => ({ message: t.htmlComment, fix: t.htmlCommentFix })],
  [new RegExp(`Unexpected closing tag ${TAG}, expected corresponding closing tag for ${TAG}`), ([, closing = '', open = '']) => ({ message: t.mismatchedClosing(closing, open), fix: t.mismatchedClosingFix(closing, open) })],
  [new RegExp(`Unexpected closing tag ${TAG}`), ([, tag = '']) => ({ message: t.closingWithoutOpening(tag), fix: t.closingWithoutOpeningFix(tag) })],
  [new RegExp(`Expected a closing tag for ${TAG}`), ([, tag = '']) => ({ message: t.unclosedTag(tag), fix: t.unclosedTagFix(tag) })],
  [/lazy line/i, () => ({ message: t.lazyLine, fix: t.lazyLineFix })],
  [/closing brace for `\{`/, () => ({ message: t.unclosedBrace, fix: t.braceFix })],
  [/(parse|parsing) (esm|import|export)|import\/export/i, () => ({ message: t.importExport, fix: t.importExportFix })],
  [/expression/i, () => ({ message: t.braceExpression, fix: t.braceFix })],
  [/attribute/i, () => ({ message: t.attribute, fix: t.attributeFix })],
];

export function parserMessage(reason: string): ParserMessage {
  const line = /^(?:[^:\n]*:)?(\d+):\d+/.exec(reason.trim())?.[1];
  for (const [pattern, explain] of RULES) {
    const match = pattern.exec(reason);
    if (match) return { ...explain(match), line: line ? Number(line) : undefined };
  }
  return { message: t.unknown, fix: t.unknownFix, line: line ? Number(line) : undefined };
}
