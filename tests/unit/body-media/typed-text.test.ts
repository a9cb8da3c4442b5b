/**
 * Text typed in the editor's rich-text mode comes back from Markdown and from MDX as exactly
 * that text, whatever signs it holds, after Decap's own partial escaping.
 */
import fc from 'fast-check';
import { decodeHTML } from 'entities';
import { markdownToHtml, mdxToMdast } from '../../../src/lib/markdown-parser.ts';
import { describe, expect, test } from 'vitest';
import { escapeTypedText, escapeTypedTree } from '../../../src/cms/typed-text.ts';

/** The text a reader sees of a Markdown paragraph, as the build renders it. */
function rendered(markdown: string): string {
  const { html } = markdownToHtml(markdown, { features: { gfm: true, smartPunctuation: false } });
  return decodeHTML(html.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
}

/**
 * What the content check's MDX parser finds that is code, not text: imports, {expressions} and
 * JSX tags (it throws on what it cannot read at all). Typed text must hold none.
 */
function codeInMdx(markdown: string): string[] {
  const found: string[] = [];
  const visit = (node: { type: string; children?: unknown[] }) => {
    if (node.type.startsWith('mdx')) found.push(node.type);
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(mdxToMdast(markdown) as unknown as { type: string });
  return found;
}

/** What Decap may do to typed text before the plugin sees it: a backslash before some of its signs. */
const DECAP_ANYWHERE = '*_~`['.split('');
const DECAP_AT_START = '-#>=|*`'.split('');
function decapEscaped(typed: string, chosen: readonly boolean[]): string {
  return [...typed]
    .map((char, index) => ((DECAP_ANYWHERE.includes(char) || (index === 0 && DECAP_AT_START.includes(char))) && chosen[index] ? `\\${char}` : char))
    .join('');
}

const SIGNS = ['<', '>', '{', '}', '*', '_', '#', '&', '`', '[', ']', '(', ')', '!', '~', '|', '-', '+', '=', '.', '1', '2', ':', '/', ';', '@', '\\', 'a', 'b', 'amp', 'nbsp', 'https://', 'www.', 'pom.go.id', ' ', ' ', ' '];
const typedSentence = fc
  .array(fc.constantFrom(...SIGNS), { minLength: 1, maxLength: 30 })
  .map((parts) => parts.join('').replace(/\s+/g, ' ').trim())
  // A backslash typed right before one of Decap's signs cannot be told from Decap's own (see escapeTypedText).
  .filter((text) => text.length > 0 && !/\\[*_~`[\-#>=| ]/.test(text) && !text.endsWith('\\'));

describe('typed text stays text', () => {
  test.each([
    'Nilai IKM < 3 tidak pernah terjadi, nilai > 90 sering.',
    'Kode pengaduan {ABC-12} dan {x}.',
    'Pakai *tanda bintang* dan _garis bawah_ dan __dua__.',
    '#1 di Bengkulu & "Jum\'at" &amp; &copy; &#169;',
    '2024. Tahun pelayanan terbaik',
    '- bukan daftar',
    '> bukan kutipan',
    '<b>tebal</b> <script>alert(1)</script> <!-- catatan -->',
    'Lihat [SK](./sk.pdf) dan ![foto](./a.jpg) `kode` ~~coret~~ | a | b |',
    'C:\\Dokumen\\{laporan}\\<baru>',
    'Unduh di https://www.pom.go.id/laporan_2024_final.pdf?a=1&b=2 atau www.pom.go.id/a_b_.',
    'Alamat https://pom.go.id/{kode}<baru> tetap teks, juga surel nama_saya@pom.go.id.',
  ])('%s', (typed) => {
    const markdown = escapeTypedText(typed, { atLineStart: true, firstInBlock: true });
    expect(rendered(markdown)).toBe(typed.replace(/\s+/g, ' '));
    expect(codeInMdx(markdown)).toEqual([]);
  });

  test('any sentence of signs, after any of Decap’s own escapes, shows as typed and holds no code for MDX', () => {
    fc.assert(
      fc.property(typedSentence, fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (typed, chosen) => {
        const markdown = escapeTypedText(decapEscaped(typed, chosen), { atLineStart: true, firstInBlock: true });
        expect(rendered(markdown)).toBe(typed);
        expect(codeInMdx(markdown)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  test('text after a line break starts a line; text after bold does not', () => {
    const tree = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'html', value: '# satu' },
            { type: 'break' },
            { type: 'html', value: '- dua' },
            { type: 'strong', children: [{ type: 'html', value: 'tiga' }] },
            { type: 'html', value: '- empat {x}' },
          ],
        },
        { type: 'shortcode', data: { shortcode: 'image' }, children: [{ type: 'html', value: '![Foto](./a.jpg)' }] },
      ],
    };
    escapeTypedTree(tree);
    const paragraph = tree.children[0]!.children!;
    expect(paragraph.map((node) => ('value' in node ? node.value : node.type))).toEqual(['\\# satu', 'break', '\\- dua', 'strong', '- empat \\{x\\}']);
    expect((paragraph[3] as { children: { value: string }[] }).children[0]!.value).toBe('tiga');
    expect(tree.children[1]!.children![0]!.value).toBe('![Foto](./a.jpg)');
  });
});
