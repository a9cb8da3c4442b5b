/**
 * The walk every build-time reader of a built page shares: document order, <template>
 * content only when asked for, and no stack overflow on deep nesting.
 */
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { attribute, elementsUnder, isScriptCode } from '../../src/lib/html/tree.ts';

const names = (html: string, reach?: 'rendered' | 'with-templates') =>
  elementsUnder(parse(html), reach)
    .map((element) => attribute(element, 'id'))
    .filter(Boolean);

describe('elementsUnder', () => {
  it('lists elements in document order, parents before children', () => {
    expect(names('<div id="a"><p id="b"><b id="c"></b></p><p id="d"></p></div><i id="e"></i>')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
  it('leaves <template> content out unless asked for it', () => {
    const html = '<p id="a"></p><template id="t"><p id="inside"></p></template><p id="z"></p>';
    expect(names(html)).toEqual(['a', 't', 'z']);
    expect(names(html, 'with-templates')).toEqual(['a', 't', 'inside', 'z']);
  });
  it('walks a page nested far deeper than any stack would allow recursion', () => {
    const depth = 20_000;
    const html = `${'<span>'.repeat(depth)}<b id="deep"></b>`;
    expect(names(html)).toEqual(['deep']);
  });
});

describe('isScriptCode', () => {
  const scriptOf = (html: string) => elementsUnder(parse(html)).find((element) => element.tagName === 'script')!;
  it.each(['<script>', '<script type="">', '<script type=" MODULE ">', '<script type="text/javascript">', '<script type="importmap">', '<script type="speculationrules">', '<script type="text/x-unknown">'])('%s counts as code', (open) => {
    expect(isScriptCode(scriptOf(`${open}</script>`))).toBe(true);
  });
  it.each(['<script type="application/ld+json">', '<script type="application/json">', '<script type=" Application/LD+JSON ; charset=utf-8">'])('%s is data', (open) => {
    expect(isScriptCode(scriptOf(`${open}</script>`))).toBe(false);
  });
  it('is only ever a script', () => {
    expect(isScriptCode(elementsUnder(parse('<style>a{}</style>')).find((element) => element.tagName === 'style')!)).toBe(false);
  });
});
