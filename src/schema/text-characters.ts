/**
 * Which characters a text field may hold, as an allow-list: letters, marks, digits,
 * punctuation, symbols (emoji included) and spaces, plus the joiners emoji and some scripts
 * need. Everything else is refused: control characters and line breaks (a title with a line
 * break writes new lines into calendar files and feeds), invisible format characters (a
 * direction override makes a title read differently from what it holds), private-use and
 * unassigned code points, and halves of surrogate pairs. A paragraph may also break lines
 * and hold tabs.
 */
import { fieldRulesText } from '../strings/field-rules.ts';

/** ZWNJ and ZWJ: invisible, but part of emoji sequences and of words in some scripts. */
const ONE_LINE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}\u200C\u200D]*$/u;
const PARAGRAPH = /^[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}\u200C\u200D\t\n\r]*$/u;
const NOT_ONE_LINE = /[^\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}\u200C\u200D]/u;
const NOT_PARAGRAPH = /[^\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}\u200C\u200D\t\n\r]/u;

/** Line and paragraph separators as Unicode and the old NEL, besides CR and LF. */
const LINE_BREAKS = /[\n\r\u0085\u2028\u2029\v\f]/;
/** Marks that change the direction text is shown in without being visible themselves. */
const DIRECTION_MARKS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

export function isOneLineText(value: string): boolean {
  return ONE_LINE.test(value);
}

export function isParagraphText(value: string): boolean {
  return PARAGRAPH.test(value);
}

/** The first character a one-line field may not hold, or undefined when every one is allowed. */
export function firstCharacterNotInLine(value: string): string | undefined {
  return NOT_ONE_LINE.exec(value)?.[0];
}

export function firstCharacterNotInParagraph(value: string): string | undefined {
  return NOT_PARAGRAPH.exec(value)?.[0];
}

/** How an editor would name the character: a line break, a tab, an invisible mark. */
export function describeCharacter(character: string): string {
  const text = fieldRulesText.characters;
  if (LINE_BREAKS.test(character)) return text.lineBreak;
  if (character === '\t') return text.tab;
  if (DIRECTION_MARKS.test(character)) return text.direction(character);
  return text.invisible(character);
}
