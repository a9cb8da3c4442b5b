/**
 * An unreadable body is explained in Indonesian, from the real parser's reasons, never with its
 * English words.
 */
import fc from 'fast-check';
import { mdxToMdast } from '../../../src/lib/markdown-parser.ts';
import { describe, expect, test } from 'vitest';
import { parserMessage } from '../../../src/content-check/parser-messages.ts';
import { findUnsafeMdx } from '../../../src/content-check/rules/mdx-safety.ts';
import { parserMessagesText as t } from '../../../src/strings/parser-messages.ts';

/** Why the MDX parser refuses a body, as the content check receives it. */
function reasonFor(body: string): string {
  try {
    mdxToMdast(body);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error(`The parser read ${JSON.stringify(body)}`);
}

/** Words of the parser's English that must never reach an editor. */
const JARGON = /\b(unexpected|expected|jsx|oxc|esm|mdx-jsx|character|corresponding|parse|token|lazy)\b/i;

describe('messages for an unreadable body', () => {
  test.each([
    ['Nilai <3 berarti kurang.', t.lessThan, 1],
    ['Satu baris.\n\nSyarat: a<b.', t.lessThan, 3],
    ['<!-- catatan editor -->', t.htmlComment, 1],
    ['Baris<br>baru', t.unclosedTag('br'), 1],
    ['<img src="a.jpg">', t.unclosedTag('img'), 1],
    ['Teks </b> saja', t.closingWithoutOpening('b'), 1],
    ['<b>tebal</i>', t.mismatchedClosing('i', 'b'), 1],
    ['Kode {ABC-12', t.unclosedBrace, 1],
    ['Kode {ABC 12}', t.braceExpression, 1],
    ['<a href="x>tautan</a>', t.lessThan, 1],
  ])('%j', (body, message, line) => {
    const explained = parserMessage(reasonFor(body));
    expect(explained.message).toBe(message);
    expect(explained.line).toBe(line);
  });

  test('every fix says what to type, in Indonesian', () => {
    expect(parserMessage(reasonFor('Nilai <3')).fix).toContain('\\<');
    expect(parserMessage(reasonFor('Kode {A B}')).fix).toContain('\\{');
    expect(parserMessage(reasonFor('Baris<br>baru')).fix).toContain('<br />');
  });

  test('a reason it does not know still gets an Indonesian message pointing at the line', () => {
    expect(parserMessage('12:3: Something new went wrong (mdx:new-rule)')).toEqual({ message: t.unknown, fix: t.unknownFix, line: 12 });
    expect(parserMessage('no position at all')).toEqual({ message: t.unknown, fix: t.unknownFix, line: undefined });
  });

  test('whatever a body holds, the explanation carries none of the parser’s English', () => {
    const pieces = fc.constantFrom('<', '>', '{', '}', '/', '!', '-', '=', '"', "'", ' ', '\n', 'a', 'b', 'br', 'img', 'import ', 'export ', '3', '`', '*', '>');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 24 }), (parts) => {
        const body = parts.join('');
        let reason: string | undefined;
        try {
          mdxToMdast(body);
        } catch (error) {
          reason = error instanceof Error ? error.message : String(error);
        }
        if (reason === undefined) return;
        const { message, fix } = parserMessage(reason);
        expect(`${message} ${fix}`).not.toMatch(JARGON);
        expect(message).not.toContain(reason);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the content check on an unreadable body', () => {
  test('leads with the Indonesian explanation at the line, never the parser’s words', () => {
    const [first, ...rest] = findUnsafeMdx('Paragraf pertama.\n\nNilai <3 berarti kurang.');
    expect(first).toEqual({ line: 3, message: t.lessThan, fix: t.lessThanFix });
    expect(rest).toEqual([]);
    expect(`${first?.message} ${first?.fix}`).not.toMatch(JARGON);
  });
});
