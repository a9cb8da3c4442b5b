/**
 * What editors write reaches HTML text and attributes through Astro, which escapes both: a
 * title or an office name holding quotes, markup, "</script>" or line breaks stays the value
 * of its own attribute or text node. Checked by rendering the page head (Open Graph, Twitter
 * card, JSON-LD) and the breadcrumb trail with hostile values and reading them back with
 * parse5, as a browser would, and with the build's own reader of page heads.
 */
import fc from 'fast-check';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import { describe, expect, test, vi } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import Breadcrumbs from '../../src/components/Breadcrumbs.astro';
import SeoHead from '../../src/components/SeoHead.astro';
import { readPageMeta } from '../../src/lib/sitemap/page-meta.ts';
import { parse as parseEntry, validData } from '../helpers/content-fixtures.ts';
import { HOSTILE_TEXTS, hostileString } from '../helpers/hostile-text.ts';

const officeName = { current: 'Balai POM di Bengkulu' };
vi.mock('../../src/data/settings.ts', () => ({
  getSettings: async () => {
    const settings = parseEntry('settings', validData('settings'));
    settings.office.name = officeName.current;
    return settings;
  },
}));
vi.mock('../../src/data/page-dates.ts', () => ({ lastModifiedOf: async () => '2025-02-10T00:00:00+07:00' }));

type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;
const isElement = (node: DefaultTreeAdapterTypes.Node): node is Element => 'tagName' in node;
const elementsUnder = (node: ParentNode): Element[] => node.childNodes.filter(isElement).flatMap((child) => [child, ...elementsUnder(child)]);
const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;
const textOf = (node: ParentNode): string =>
  node.childNodes.map((child) => (child.nodeName === '#text' ? (child as DefaultTreeAdapterTypes.TextNode).value : isElement(child) ? textOf(child) : '')).join('');

/**
 * The page as a browser receives it: UTF-8, in which a half of a surrogate pair becomes U+FFFD.
 * A U+FEFF at the start of a value is kept: in a page it is never the start of the stream, where
 * a decoder would take it for a byte order mark.
 */
const sent = (text: string) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(new TextEncoder().encode(text));
/** What a browser reads back from an attribute: its input stream turns CR and CRLF into LF, and NUL into U+FFFD. */
const asBrowsersRead = (text: string) => sent(text).replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
/** And from text between elements, where NUL is dropped. */
const asBrowsersReadText = (text: string) => sent(text).replace(/\r\n?/g, '\n').replace(/\0/g, '');

const container = await AstroContainer.create({ astroConfig: { site: 'https://balai.example' } });
const request = new Request('https://balai.example/berita/judul/');

/** Renders the head with `text` as title, description, breadcrumb and office name, and reads it back. */
async function expectHeadKeeps(text: string): Promise<void> {
  officeName.current = text;
  const html = await container.renderToString(SeoHead, {
    props: { title: text, description: text, noindex: false, breadcrumbs: [{ label: 'Berita', href: '/berita/' }, { label: text }] },
    request,
  });
  const document = parse(sent(`<!doctype html><html><head>${html}</head><body></body></html>`));
  const [root] = elementsUnder(document);
  const [head, body] = root!.childNodes.filter(isElement);
  // Nothing leaked out of the head, and the head holds only what SeoHead writes.
  expect(body!.childNodes).toEqual([]);
  expect(new Set(elementsUnder(head!).map((element) => element.tagName))).toEqual(new Set(['link', 'meta', 'script']));
  expect(elementsUnder(head!).filter((element) => element.tagName === 'script')).toHaveLength(1);

  const meta = (key: string) =>
    elementsUnder(head!).filter((element) => element.tagName === 'meta' && (attribute(element, 'property') ?? attribute(element, 'name')) === key).map((element) => attribute(element, 'content'));
  const read = asBrowsersRead(text);
  expect(meta('og:title')).toEqual([read]);
  expect(meta('twitter:title')).toEqual([read]);
  expect(meta('og:description')).toEqual([read]);
  expect(meta('og:site_name')).toEqual([read]);
  expect(meta('og:image:alt')).toEqual([`${read}, ${read}`]);

  // The build reads the same values back (the share card and the sitemap start from them).
  expect(readPageMeta(document)).toMatchObject({ title: read, siteName: read, canonical: 'https://balai.example/berita/judul/' });

  const script = elementsUnder(head!).find((element) => element.tagName === 'script')!;
  expect(attribute(script, 'type')).toBe('application/ld+json');
  const graph = JSON.parse(textOf(script))['@graph'] as { '@type': string; name?: string; itemListElement?: { name: string }[] }[];
  // JSON escapes every character, halves of surrogate pairs included, so the graph holds the text exactly.
  expect(graph.find((node) => node['@type'] === 'GovernmentOrganization')?.name).toBe(text);
  expect(graph.find((node) => node['@type'] === 'BreadcrumbList')?.itemListElement?.at(-1)?.name).toBe(text);
}

describe('the page head with hostile values', () => {
  test.each(HOSTILE_TEXTS)('keeps each value in its own attribute: %j', expectHeadKeeps);

  test('keeps random text (fast-check) in its own attributes too', async () => {
    await fc.assert(fc.asyncProperty(hostileString(60), expectHeadKeeps), { numRuns: 15 });
  });
});

describe('page text with hostile values', () => {
  test.each(HOSTILE_TEXTS)('stays text: %j', async (text) => {
    const html = await container.renderToString(Breadcrumbs, { props: { items: [{ label: text, href: '/berita/' }, { label: text }] } });
    const fragment = parse(sent(`<!doctype html><html><body>${html}</body></html>`));
    const items = elementsUnder(fragment).filter((element) => element.tagName === 'li');
    expect(items).toHaveLength(3);
    expect(items.slice(1).map((item) => textOf(item))).toEqual([asBrowsersReadText(text), asBrowsersReadText(text)]);
    expect(elementsUnder(fragment).map((element) => element.tagName).filter((tag) => !['html', 'head', 'body', 'nav', 'ol', 'li', 'a', 'span'].includes(tag))).toEqual([]);
  });
});
