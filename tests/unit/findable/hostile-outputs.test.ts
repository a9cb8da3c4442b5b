/**
 * Every output that carries what editors write escapes it for its own format: whatever a
 * title, a place or an office name holds, the calendar keeps one event, the feed and the
 * sitemap stay well-formed XML, the JSON-LD cannot leave its <script>, and the share card
 * renders. Each is read back with a real parser, which must find the text as written (line
 * breaks kept as line breaks where the format has them, characters the format cannot hold
 * dropped), never more elements, properties or events than the portal wrote. The same holds
 * for random text (fast-check).
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import fc from 'fast-check';
import ical, { type VEvent } from 'node-ical';
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { forumIcsEvent } from '../../../src/lib/calendar/forum-event.ts';
import { renderCalendar } from '../../../src/lib/calendar/ics.ts';
import { renderRss } from '../../../src/lib/feeds/rss.ts';
import { shareCardSvg } from '../../../src/lib/share-image/share-card-svg.ts';
import { urlSetXml } from '../../../src/lib/sitemap/sitemap-xml.ts';
import { jsonLdGraph, serializeJsonLd } from '../../../src/lib/structured-data/graph.ts';
import { HOSTILE_TEXTS, hostileString } from '../../helpers/hostile-text.ts';
import { isWellFormedXml } from '../../helpers/well-formed-xml.ts';

/** Every line break a text can hold, and the characters no output keeps. */
const LINE_BREAKS = /\r\n|[\n\r\u0085\u2028\u2029\v\f]/g;
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF]/gu;
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A calendar holding one forum whose every editor-written value is `text`. */
function calendarOf(text: string): string {
  const event = forumIcsEvent({
    id: 'fkp-2027',
    forum: {
      title: text,
      summary: text,
      // Scheduled: a postponed forum's entry carries no place or link any more (its date no longer holds).
      status: 'scheduled',
      statusNote: text,
      start: '2027-02-10T09:00',
      end: '2027-02-10T12:00',
      previousStart: undefined,
      mode: 'hybrid',
      venue: { name: text, address: text, accessibility: text },
      onlineLink: 'https://rapat.example/fkp',
    },
    url: 'https://balai.example/forum/fkp-2027/',
    host: 'balai.example',
    stamp: new Date('2026-11-01T03:00:00Z'),
    organizer: { name: text, email: 'info@balai.example' },
  });
  return renderCalendar({ productId: `-//${text}//Portal Informasi Publik//ID`, name: text, description: text, zone: 'WIB', events: [event] });
}

/** The calendar keeps one event, every line a property, every value where it was written. */
function expectOneEvent(text: string): void {
  const calendar = calendarOf(text);
  const physical = calendar.split('\r\n');
  expect(physical.pop()).toBe('');
  for (const line of physical) {
    expect(line, 'a bare CR or LF inside a line').not.toMatch(/[\r\n]/);
    expect(new TextEncoder().encode(line).length, line).toBeLessThanOrEqual(75);
  }
  const unfolded = calendar.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
  for (const line of unfolded) expect(line, 'every line starts with a property name').toMatch(/^[A-Z][A-Z-]*[;:]/);
  expect(unfolded.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
  expect(unfolded.filter((line) => line.startsWith('SUMMARY'))).toHaveLength(1);

  const components = Object.values(ical.sync.parseICS(calendar));
  const events = components.filter((component) => component?.type === 'VEVENT') as VEvent[];
  expect(events).toHaveLength(1);
  const expected = text.replace(LINE_BREAKS, '\n').replace(CONTROLS, '');
  expect(events[0]!.summary).toBe(expected);
  expect(events[0]!.location).toBe(`${expected}, ${expected} / Daring: https://rapat.example/fkp`);
  expect(events[0]!.description).toContain(expected);
  const organizer = events[0]!.organizer as unknown as { params: { CN: string }; val: string };
  expect(organizer.val).toBe('mailto:info@balai.example');
  expect(organizer.params.CN).not.toMatch(/["\r\n;]/);
  expect(collapse(organizer.params.CN)).toBe(collapse(text.replace(LINE_BREAKS, ' ').replace(CONTROLS, '').replace(/"/g, "'").replace(/;/g, ',')));
  const vcalendar = components.find((component) => component?.type === 'VCALENDAR') as unknown as { prodid: string };
  expect(vcalendar.prodid).toBe(`-//${expected}//Portal Informasi Publik//ID`);
}

/** The feed stays well-formed, and a feed reader finds the text as text. */
function expectFeed(text: string): void {
  const feed = renderRss({
    title: text,
    description: text,
    link: 'https://balai.example/berita/',
    selfUrl: 'https://balai.example/berita/rss.xml',
    language: 'id',
    zone: 'WIB',
    items: [{ title: text, link: 'https://balai.example/berita/a/', guid: 'https://balai.example/berita/a/#x', guidIsPermaLink: false, description: text, published: '2025-02-10T00:00:00+07:00', categories: [text] }],
  });
  expect(isWellFormedXml(feed)).toBe(true);
  const parsed = parseFeed(feed);
  const expected = collapse(text.replace(CONTROLS, ''));
  expect(collapse(parsed.title ?? '')).toBe(expected);
  expect(parsed.items).toHaveLength(1);
  expect(collapse(parsed.items[0]!.title ?? '')).toBe(expected);
  expect(collapse(parsed.items[0]!.description ?? '')).toBe(expected);
}

function expectSitemap(text: string): void {
  const xml = urlSetXml([{ url: `https://balai.example/${text}`, lastModified: text }]);
  expect(isWellFormedXml(xml)).toBe(true);
  expect(xml.match(/<url>/g)).toHaveLength(1);
}

type Element = DefaultTreeAdapterTypes.Element;
const elements = (node: DefaultTreeAdapterTypes.ParentNode): Element[] =>
  node.childNodes.filter((child): child is Element => 'tagName' in child).flatMap((child) => [child, ...elements(child)]);

/** The JSON-LD cannot leave its script element, and reads back as written. */
function expectJsonLd(text: string): void {
  const json = serializeJsonLd(jsonLdGraph([{ '@type': 'Event', name: text, location: { '@type': 'Place', name: text } }]));
  expect(json).not.toMatch(/[<>&\u2028\u2029]/);
  const graph = JSON.parse(json)['@graph'];
  expect(graph[0].name).toBe(text);
  expect(graph[0].location.name).toBe(text);

  const document = parse(`<!doctype html><html><head><script type="application/ld+json">${json}</script></head><body></body></html>`);
  const all = elements(document);
  expect(all.map((element) => element.tagName)).toEqual(['html', 'head', 'script', 'body']);
  const script = all[2]!;
  expect(script.childNodes.map((child) => (child as DefaultTreeAdapterTypes.TextNode).value).join('')).toBe(json);
}

/** The share card is well-formed SVG with only its own elements, and sharp renders it. */
async function expectCard(text: string): Promise<void> {
  const svg = shareCardSvg({ authority: 'Badan Pengawas Obat dan Makanan', office: text, title: text, host: 'balai.example' });
  expect(isWellFormedXml(svg)).toBe(true);
  // One background, two bars, four texts.
  expect(svg.match(/<(rect|text)\b/g)).toHaveLength(7);
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  expect((await sharp(png).metadata()).width).toBe(1200);
}

describe.each(HOSTILE_TEXTS)('outputs with the hostile value %j', (text) => {
  it('iCalendar keeps one event with every value inside its own property', () => expectOneEvent(text));
  it('RSS stays well-formed and gives the text back as text', () => expectFeed(text));
  it('the sitemap stays well-formed', () => expectSitemap(text));
  it('JSON-LD cannot leave its script element, and reads back as written', () => expectJsonLd(text));
  it('the share card is well-formed SVG that renders', () => expectCard(text));
});

describe('outputs with random text (fast-check)', () => {
  it('iCalendar, RSS, the sitemap and JSON-LD stay well-formed and inert', () => {
    fc.assert(
      fc.property(hostileString(80), (text) => {
        expectOneEvent(text);
        expectFeed(text);
        expectSitemap(text);
        expectJsonLd(text);
      }),
      { numRuns: 25 },
    );
  });

  it('the share card renders', async () => {
    await fc.assert(fc.asyncProperty(hostileString(80), expectCard), { numRuns: 8 });
  });
});
