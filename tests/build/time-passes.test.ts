/**
 * Time passes on its own. One small site (tests/fixtures/content/valid plus
 * tests/fixtures/time-passes) is built at 10.00 WIB on 20 January 2027 (PORTAL_NOW), when its
 * forums stand before, during and after their dates, one is postponed, one cancelled and one
 * rescheduled, and one article's day has come while another's is tomorrow. Every place they
 * appear is read: home page, lists, pages, JSON-LD, sitemap, feeds and calendars. Then the same
 * folder is built again at 12.30, nothing edited, with the caches of the first build, as the
 * pipeline's next scheduled run would: the forum that was running has ended and says so
 * everywhere, though no file changed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { JSDOM } from 'jsdom';
import ical, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FORUM_STATUSES } from '../../src/schema/index.ts';
import { forumMoments } from '../../src/strings/forum-moments.ts';
import { fixtureSite, type FixtureSite } from '../helpers/fixture-site.ts';

const ORIGIN = 'https://contoh-balai-pom.example';
const LINK = (id: string) => `https://rapat.contoh.example/${id}`;
const REGISTER = (id: string) => `https://daftar.contoh.example/${id}`;

interface Built {
  page: (path: string) => Document;
  text: (path: string) => string;
  jsonLdEvent: (id: string) => Record<string, unknown>;
}

function read(site: FixtureSite): Built {
  const text = (path: string) => readFileSync(join(site.dist, path), 'utf8');
  const page = (path: string) => new JSDOM(text(`${path}index.html`)).window.document;
  const jsonLdEvent = (id: string) => {
    const block = page(`/forum/${id}/`).querySelector('script[type="application/ld+json"]')!.textContent!;
    const graph = (JSON.parse(block) as { '@graph': Record<string, unknown>[] })['@graph'];
    return graph.find((node) => node['@type'] === 'Event')!;
  };
  return { page, text, jsonLdEvent };
}

const status = (document: Document) => document.querySelector('.notice .status')?.textContent?.replace('Status: ', '').trim();
const hrefs = (document: Document) => [...document.querySelectorAll('a[href]')].map((link) => link.getAttribute('href'));
const virtualUrl = (event: Record<string, unknown>) => ([event['location']].flat() as { '@type': string; url?: string }[]).find((place) => place['@type'] === 'VirtualLocation')?.url;
const cards = (document: Document, heading: string) => {
  const section = [...document.querySelectorAll('h2')].find((h2) => h2.textContent === heading);
  const list = section?.nextElementSibling;
  return [...(list?.querySelectorAll('li.card') ?? [])].map((card) => ({ href: card.querySelector('a')?.getAttribute('href'), status: card.querySelector('.status')?.textContent?.replace('Status: ', '').trim(), text: card.textContent ?? '' }));
};
const calendarEvents = (ics: string) => Object.values(ical.sync.parseICS(ics)).filter((item) => item?.type === 'VEVENT') as VEvent[];

let site: FixtureSite;
let at10: Built;
let at1230: Built;
const snapshot = new Map<string, string>();

beforeAll(() => {
  site = fixtureSite(['tests/fixtures/content/valid/content', 'tests/fixtures/time-passes/content'], '2026-12-01T10:00:00+07:00');
  // The jsdom accessibility pass still runs; Chromium's adds minutes and nothing about time.
  const env = { PORTAL_A11Y_BROWSER: 'off', PORTAL_TODAY: '' };
  site.build({ ...env, PORTAL_NOW: '2027-01-20T10:00' });
  at10 = read(site);
  // The second build replaces dist/: keep what the first one said.
  for (const path of ['/index.html', '/forum/index.html', '/forum/fkp-berlangsung/index.html', '/forum/rss.xml', '/forum/fkp-berlangsung/kalender.ics']) snapshot.set(path, at10.text(path));
  site.build({ ...env, PORTAL_NOW: '2027-01-20T12:30' });
  at1230 = read(site);
}, 900_000);

afterAll(() => site?.remove());

const first = (path: string) => new JSDOM(snapshot.get(path)!).window.document;

describe('at 10.00 WIB on 20 January 2027', () => {
  test('the article whose day has come is everywhere; tomorrow\'s nowhere', () => {
    expect(hrefs(first('/index.html'))).toContain('/berita/terbit-hari-ini/');
    expect(existsSync(join(site.dist, 'berita/terbit-hari-ini/index.html'))).toBe(true);
    expect(existsSync(join(site.dist, 'berita/terbit-besok'))).toBe(false);
    expect(hrefs(at10.page('/berita/'))).toContain('/berita/terbit-hari-ini/');
    expect(hrefs(at10.page('/berita/topik/jadwal-terbit/'))).toEqual(expect.arrayContaining(['/berita/terbit-hari-ini/']));
    expect(at10.text('/sitemap-0.xml')).toContain(`${ORIGIN}/berita/terbit-hari-ini/`);
    expect(parseFeed(at10.text('/berita/rss.xml')).items.map((item) => item.url)).toContain(`${ORIGIN}/berita/terbit-hari-ini/`);
    for (const file of ['/index.html', '/berita/index.html', '/sitemap-0.xml', '/berita/rss.xml', '/forum/kalender.ics']) expect(at10.text(file)).not.toContain('terbit-besok');
  });

  test('the home page offers the forum that is running as the next one', () => {
    const home = first('/index.html');
    const next = [...home.querySelectorAll('#forum ~ ul li.card a')].map((link) => link.getAttribute('href'));
    expect(next).toEqual(['/forum/fkp-berlangsung/']);
  });

  test('the forum list puts the running, postponed, cancelled and coming forums under "upcoming", the one that ended yesterday under "past"', () => {
    const list = first('/forum/index.html');
    expect(cards(list, 'Akan datang').map((card) => card.href)).toEqual(['/forum/fkp-berlangsung/', '/forum/fkp-ditunda/', '/forum/fkp-batal/', '/forum/fkp-sebelum/', '/forum/fkp-jadwal-ulang/']);
    const past = cards(list, 'Sudah lewat');
    expect(past.map((card) => card.href)).toEqual(['/forum/fkp-usai/', '/forum/forum-standar-2025/']);
    expect(past[0]!.status).toBe(forumMoments.awaitingResults);
    expect(cards(list, 'Akan datang').find((card) => card.href === '/forum/fkp-ditunda/')!.text).toContain(forumMoments.formerSchedule);
  });

  test('a forum that ended while still "scheduled" says its results follow, on its page, in its JSON-LD and its feed item', () => {
    const page = at10.page('/forum/fkp-usai/');
    expect(status(page)).toBe(forumMoments.awaitingResults);
    expect(page.querySelector('.notice')!.textContent).not.toContain(FORUM_STATUSES.scheduled);
    expect(page.querySelector('.notice')!.textContent).toContain(forumMoments.awaitingResultsNotice);
    expect(hrefs(page)).not.toEqual(expect.arrayContaining([LINK('fkp-usai')]));
    expect(hrefs(page)).not.toContain(REGISTER('fkp-usai'));
    expect(hrefs(page)).not.toContain('/forum/fkp-usai/kalender.ics');
    expect(String(at10.jsonLdEvent('fkp-usai')['description'])).toContain('hasilnya akan diumumkan');
    const item = parseFeed(at10.text('/forum/rss.xml')).items.find((entry) => entry.url === `${ORIGIN}/forum/fkp-usai/`)!;
    expect(item.title).toBe(forumMoments.feedTitle('Forum Uji Yang Selesai Kemarin Siang'));
    expect(item.published?.toISOString()).toBe('2027-01-19T05:00:00.000Z');
  });

  test('forums running or coming offer their link, registration and calendar entry', () => {
    for (const id of ['fkp-berlangsung', 'fkp-sebelum', 'fkp-jadwal-ulang']) {
      const page = id === 'fkp-berlangsung' ? first('/forum/fkp-berlangsung/index.html') : at10.page(`/forum/${id}/`);
      expect(status(page), id).toBe(id === 'fkp-jadwal-ulang' ? FORUM_STATUSES.rescheduled : FORUM_STATUSES.scheduled);
      expect(hrefs(page), id).toEqual(expect.arrayContaining([LINK(id), REGISTER(id), `/forum/${id}/kalender.ics`]));
    }
    expect(virtualUrl(at10.jsonLdEvent('fkp-sebelum'))).toBe(LINK('fkp-sebelum'));
  });

  test.each(['fkp-ditunda', 'fkp-batal'])('%s offers no link, no registration and no calendar entry for a date that no longer holds', (id) => {
    const page = at10.page(`/forum/${id}/`);
    expect(hrefs(page)).not.toEqual(expect.arrayContaining([LINK(id)]));
    expect(hrefs(page)).not.toContain(REGISTER(id));
    expect(hrefs(page)).not.toContain(`/forum/${id}/kalender.ics`);
    expect(page.querySelector('dl')!.textContent).toContain(forumMoments.formerSchedule);
    expect(page.querySelector('dl del time')).not.toBeNull();
    expect(virtualUrl(at10.jsonLdEvent(id))).toBe(`${ORIGIN}/forum/${id}/`);
    expect(JSON.stringify(at10.jsonLdEvent(id))).not.toContain(LINK(id));
    const own = calendarEvents(at10.text(`/forum/${id}/kalender.ics`));
    expect(own.map((event) => event.status)).toEqual(['CANCELLED']);
    expect(own[0]!.location).toBeUndefined();
    expect(at10.text(`/forum/${id}/kalender.ics`).replace(/\r\n /g, '')).not.toContain(LINK(id));
    const all = calendarEvents(at10.text('/forum/kalender.ics')).find((event) => event.url === `${ORIGIN}/forum/${id}/`);
    expect(all?.status).toBe('CANCELLED');
    const item = parseFeed(at10.text('/forum/rss.xml')).items.find((entry) => entry.url === `${ORIGIN}/forum/${id}/`)!;
    expect(item.description).toContain(forumMoments.formerSchedule);
    expect(item.description).not.toContain('Tempat: ');
  });

  test('the postponed forum says a new date will be announced', () => {
    expect(at10.page('/forum/fkp-ditunda/').querySelector('dl')!.textContent).toContain(forumMoments.newDateToFollow);
  });

  test('the rescheduled forum offers only its new date', () => {
    const own = calendarEvents(at10.text('/forum/fkp-jadwal-ulang/kalender.ics'));
    expect(own).toHaveLength(1);
    expect(own[0]!.start.toISOString()).toBe('2027-02-03T02:00:00.000Z');
    expect(at10.text('/forum/fkp-jadwal-ulang/kalender.ics')).not.toContain('20270121');
    expect(at10.page('/forum/fkp-jadwal-ulang/').querySelector('dl del time')?.getAttribute('datetime')).toBe('2027-01-21T09:00:00+07:00');
  });

  test('every forum page is in the sitemap', () => {
    for (const id of ['fkp-sebelum', 'fkp-berlangsung', 'fkp-usai', 'fkp-ditunda', 'fkp-batal', 'fkp-jadwal-ulang']) expect(at10.text('/sitemap-0.xml')).toContain(`${ORIGIN}/forum/${id}/`);
  });
});

describe('at 12.30, built again with nothing edited', () => {
  test('the forum that was running has ended: its page, card, JSON-LD, feed and calendar button say so', () => {
    const page = at1230.page('/forum/fkp-berlangsung/');
    expect(status(first('/forum/fkp-berlangsung/index.html'))).toBe(FORUM_STATUSES.scheduled);
    expect(status(page)).toBe(forumMoments.awaitingResults);
    expect(hrefs(page)).not.toContain('/forum/fkp-berlangsung/kalender.ics');
    expect(hrefs(page)).not.toEqual(expect.arrayContaining([LINK('fkp-berlangsung')]));
    expect(String(at1230.jsonLdEvent('fkp-berlangsung')['description'])).toContain('hasilnya akan diumumkan');
    const list = at1230.page('/forum/');
    expect(cards(list, 'Sudah lewat').map((card) => card.href)[0]).toBe('/forum/fkp-berlangsung/');
    expect(cards(list, 'Akan datang').map((card) => card.href)).not.toContain('/forum/fkp-berlangsung/');
    const before = parseFeed(snapshot.get('/forum/rss.xml')!).items.find((entry) => entry.url === `${ORIGIN}/forum/fkp-berlangsung/`)!;
    const after = parseFeed(at1230.text('/forum/rss.xml')).items.find((entry) => entry.url === `${ORIGIN}/forum/fkp-berlangsung/`)!;
    expect(after.id).not.toBe(before.id);
    expect(after.title).toBe(forumMoments.feedTitle('Forum Uji Yang Sedang Berlangsung Hari Ini'));
  });

  test('the home page now offers the next forum that will take place', () => {
    const next = [...at1230.page('/').querySelectorAll('#forum ~ ul li.card a')].map((link) => link.getAttribute('href'));
    expect(next).toEqual(['/forum/fkp-sebelum/']);
  });
});
