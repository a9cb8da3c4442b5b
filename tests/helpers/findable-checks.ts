/**
 * The findability checks, run against a finished build: sitemap, robots.txt, feeds,
 * calendars, share tags and JSON-LD, each read with a real parser (XML, RSS, iCalendar,
 * JSON-LD, HTML) and compared with the content sources. Used for the real build (dist/) and
 * for the fixture build that adds drafts, future news and every forum status.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser } from 'fast-xml-parser';
import { JSDOM } from 'jsdom';
import jsonld from 'jsonld';
import ical, { type VEvent } from 'node-ical';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildNow } from '../../src/lib/build-clock.ts';
import { forumsForCalendar } from '../../src/lib/calendar/calendar-forums.ts';
import { forumMoment } from '../../src/lib/forum-timing.ts';
import { FEED_ITEM_LIMIT } from '../../src/lib/feeds/rss.ts';
import { isPublished, todayIn } from '../../src/lib/publishing.ts';
import { localToInstant, zoneOffset } from '../../src/lib/time-zones.ts';
import type { BuiltSite } from './findable-fixture.ts';
import { listFiles, readForums, readNews, readServices, readSettings, type ForumMatter } from './site-content.ts';
import { isWellFormedXml } from './well-formed-xml.ts';

interface Page {
  path: string;
  html: string;
  document: Document;
}

type Node = Record<string, unknown> & { '@type': string; '@id'?: string };

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['url', 'sitemap', 'item'].includes(name) });

const EVENT_STATUS: Record<ForumMatter['status'], string> = {
  scheduled: 'https://schema.org/EventScheduled',
  postponed: 'https://schema.org/EventPostponed',
  rescheduled: 'https://schema.org/EventRescheduled',
  'moved-online': 'https://schema.org/EventMovedOnline',
  cancelled: 'https://schema.org/EventCancelled',
  held: 'https://schema.org/EventScheduled',
};
const ICS_STATUS: Record<ForumMatter['status'], string> = {
  scheduled: 'CONFIRMED',
  postponed: 'CANCELLED',
  rescheduled: 'CONFIRMED',
  'moved-online': 'CONFIRMED',
  cancelled: 'CANCELLED',
  held: 'CONFIRMED',
};

/** JSON-LD expansion needs the schema.org context; it is served from here, never fetched. */
const documentLoader = async (url: string) => {
  if (url.replace(/\/$/, '') === 'https://schema.org') {
    return { contextUrl: undefined, documentUrl: url, document: { '@context': { '@vocab': 'https://schema.org/' } } };
  }
  throw new Error(`JSON-LD asked for a remote document: ${url}`);
};

function pagePath(file: string): string {
  return file.replace(/index\.html$/, '');
}

function jsonLdNodes(page: Page): Node[] {
  const blocks = [...page.document.querySelectorAll('script[type="application/ld+json"]')];
  return blocks.flatMap((block) => {
    const value = JSON.parse(block.textContent ?? '') as { '@graph'?: Node[] } & Node;
    return value['@graph'] ?? [value];
  });
}

function meta(page: Page, key: string): string | undefined {
  return page.document.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? undefined;
}

export function describeFindableOutput(label: string, getSite: () => BuiltSite | Promise<BuiltSite>, options: { commitDate?: string } = {}): void {
  describe(`findable output: ${label}`, () => {
    let site: BuiltSite;
    let origin: string;
    let offset: string;
    let today: string;
    let pages: Page[];
    let publicPages: Page[];
    let sitemapUrls: Map<string, string | undefined>;
    const text = (path: string) => readFileSync(join(site.dist, path), 'utf8');
    const url = (path: string) => new URL(path, origin).href;
    const page = (path: string) => {
      const found = pages.find((candidate) => candidate.path === path);
      if (!found) throw new Error(`${path} was not built`);
      return found;
    };

    beforeAll(async () => {
      site = await getSite();
      const settings = readSettings(site.root);
      origin = new URL(process.env['PORTAL_SITE_URL'] ?? settings.siteUrl).origin;
      offset = zoneOffset(settings.office.timeZone);
      today = todayIn(settings.office.timeZone);
      pages = listFiles(site.dist)
        .filter((file) => file.endsWith('.html'))
        .map((file) => {
          const html = text(file);
          return { path: pagePath(file), html, document: new JSDOM(html).window.document };
        });
      publicPages = pages.filter(
        (candidate) =>
          candidate.path.endsWith('/') &&
          !candidate.path.startsWith('/admin/') &&
          !candidate.path.startsWith('/cari/') &&
          !/noindex/.test(meta(candidate, 'robots') ?? ''),
      );
      sitemapUrls = new Map();
      const index = xml.parse(text('/sitemap-index.xml')) as { sitemapindex: { sitemap: { loc: string }[] } };
      for (const sitemap of index.sitemapindex.sitemap) {
        const file = new URL(sitemap.loc).pathname;
        const set = xml.parse(text(file)) as { urlset: { url: { loc: string; lastmod?: string }[] } };
        for (const entry of set.urlset.url) sitemapUrls.set(entry.loc, entry.lastmod);
      }
    });

    describe('sitemap and robots.txt', () => {
      it('are well-formed XML and robots.txt points to the sitemap index', () => {
        expect(isWellFormedXml(text('/sitemap-index.xml'))).toBe(true);
        expect(isWellFormedXml(text('/sitemap-0.xml'))).toBe(true);
        expect(text('/robots.txt')).toContain(`Sitemap: ${url('/sitemap-index.xml')}`);
      });

      it('lists every public page and nothing else', () => {
        expect([...sitemapUrls.keys()].sort()).toEqual(publicPages.map((candidate) => url(candidate.path)).sort());
        for (const listed of sitemapUrls.keys()) {
          expect(listed).not.toMatch(/\/admin\/|\/cari\/|404/);
          expect(listed.startsWith(`${origin}/`)).toBe(true);
        }
      });

      it('dates pages from their content, with the office offset', () => {
        const news = readNews(site.root).filter((entry) => isPublished({ date: entry.data.date, draft: entry.data.draft ?? false }, today));
        for (const entry of news) {
          expect(sitemapUrls.get(url(`/berita/${entry.id}/`))).toBe(`${entry.data.updated ?? entry.data.date}T00:00:00${offset}`);
        }
        for (const service of readServices(site.root)) {
          expect(sitemapUrls.get(url(`/layanan/${service.id}/`))).toBe(`${service.data.reviewedOn}T00:00:00${offset}`);
        }
        for (const lastmod of sitemapUrls.values()) {
          if (lastmod) expect(lastmod).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\${offset}$`));
        }
        if (options.commitDate) {
          const committed = new Date(options.commitDate).getTime();
          for (const forum of readForums(site.root)) {
            expect(new Date(sitemapUrls.get(url(`/forum/${forum.id}/`))!).getTime()).toBe(committed);
          }
        }
      });
    });

    describe('drafts and future news', () => {
      it('never appear: no page, no sitemap entry, no feed item, no mention in any output', () => {
        const hidden = readNews(site.root).filter((entry) => !isPublished({ date: entry.data.date, draft: entry.data.draft ?? false }, today));
        const outputs = listFiles(site.dist).filter((file) => /\.(html|xml|ics|txt|json)$/.test(file));
        for (const entry of hidden) {
          expect(existsSync(join(site.dist, 'berita', entry.id))).toBe(false);
          for (const file of outputs) {
            const content = text(file);
            expect(content.includes(`/berita/${entry.id}/`), `${file} links to ${entry.id}`).toBe(false);
            expect(content.includes(entry.data.title), `${file} names ${entry.id}`).toBe(false);
          }
        }
      });
    });

    describe('feeds', () => {
      it('are valid RSS 2.0 with absolute links and dated items in the office zone', () => {
        for (const path of ['/berita/rss.xml', '/forum/rss.xml']) {
          const raw = text(path);
          expect(isWellFormedXml(raw)).toBe(true);
          const parsed = xml.parse(raw) as { rss: { '@_version': string; channel: { title: string; link: string; description: string; item?: { pubDate: string; link: string; guid: unknown }[] } } };
          expect(parsed.rss['@_version']).toBe('2.0');
          expect(parsed.rss.channel.title).toBeTruthy();
          expect(parsed.rss.channel.description).toBeTruthy();
          const feed = parseFeed(raw);
          expect(feed.self).toBe(url(path));
          expect(feed.url?.startsWith(`${origin}/`)).toBe(true);
          for (const item of parsed.rss.channel.item ?? []) {
            expect(item.pubDate).toMatch(new RegExp(`^\\w{3}, \\d{2} \\w{3} \\d{4} \\d{2}:\\d{2}:\\d{2} \\${offset.replace(':', '')}$`));
          }
          for (const item of feed.items) {
            expect(item.url?.startsWith(`${origin}/`)).toBe(true);
            expect(item.published).toBeInstanceOf(Date);
            expect(Number.isNaN(item.published!.getTime())).toBe(false);
            expect(item.title).toBeTruthy();
            expect(item.id).toBeTruthy();
          }
        }
      });

      it('carry every published article and every forum, the newest ones when there are more than a feed holds', () => {
        const newsFeed = parseFeed(text('/berita/rss.xml'));
        const published = readNews(site.root).filter((entry) => isPublished({ date: entry.data.date, draft: entry.data.draft ?? false }, today));
        const newest = [...published].sort((a, b) => (b.data.updated ?? b.data.date).localeCompare(a.data.updated ?? a.data.date)).slice(0, FEED_ITEM_LIMIT);
        expect(newsFeed.items).toHaveLength(Math.min(published.length, FEED_ITEM_LIMIT));
        expect(newsFeed.items.map((item) => item.url).sort()).toEqual(newest.map((entry) => url(`/berita/${entry.id}/`)).sort());
        for (const entry of newest) {
          const item = newsFeed.items.find((candidate) => candidate.url === url(`/berita/${entry.id}/`))!;
          expect(item.published!.toISOString()).toBe(new Date(`${entry.data.updated ?? entry.data.date}T00:00:00${offset}`).toISOString());
        }
        const forumFeed = parseFeed(text('/forum/rss.xml'));
        const forums = readForums(site.root);
        expect(forumFeed.items.map((item) => item.url).sort()).toEqual(forums.map((forum) => url(`/forum/${forum.id}/`)).sort());
        // A status change must reach readers as a new item: the id names the status readers see.
        const zone = readSettings(site.root).office.timeZone;
        for (const forum of forums) {
          const item = forumFeed.items.find((candidate) => candidate.url === url(`/forum/${forum.id}/`))!;
          expect(item.id).toContain(`#${forumMoment(forum.data, zone, buildNow(zone)).shown}`);
        }
      });

      it('are announced on every page', () => {
        for (const candidate of publicPages) {
          const feeds = [...candidate.document.querySelectorAll('link[rel="alternate"]')].map((link) => link.getAttribute('href'));
          expect(feeds).toEqual(expect.arrayContaining(['/berita/rss.xml', '/forum/rss.xml', '/forum/kalender.ics']));
        }
      });
    });

    describe('calendars', () => {
      it('give each forum one stable event in the office zone, with status and sequence from its status', async () => {
        const all = ical.sync.parseICS(text('/forum/kalender.ics'));
        const host = new URL(origin).host;
        const inCalendarOfAll = new Set(forumsForCalendar(readForums(site.root)).map((forum) => forum.id));
        expect(Object.values(all).filter((component) => component?.type === 'VEVENT')).toHaveLength(inCalendarOfAll.size);
        for (const forum of readForums(site.root)) {
          const raw = text(`/forum/${forum.id}/kalender.ics`);
          expect(raw.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
          const own = Object.values(ical.sync.parseICS(raw)).filter((component) => component?.type === 'VEVENT') as VEvent[];
          expect(own).toHaveLength(1);
          const event = own[0]!;
          const uid = `forum-${forum.id}@${host}`;
          expect(event.uid).toBe(uid);
          // The calendar of all forums carries the newest ones, each as its own file has it.
          if (inCalendarOfAll.has(forum.id)) expect((all[uid] as VEvent | undefined)?.sequence).toBe(event.sequence);
          else expect(all[uid]).toBeUndefined();
          const settings = readSettings(site.root);
          expect(event.start.getTime()).toBe(localToInstant(forum.data.start, settings.office.timeZone).getTime());
          expect(event.end?.getTime()).toBe(localToInstant(forum.data.end, settings.office.timeZone).getTime());
          expect(raw).toMatch(/DTSTART;TZID=Asia\/(Jakarta|Makassar|Jayapura):\d{8}T\d{6}\r\n/);
          expect(event.status).toBe(ICS_STATUS[forum.data.status]);
          const sequence = Number(event.sequence);
          if (forum.data.status === 'scheduled') expect(sequence).toBe(0);
          if (forum.data.status === 'postponed' || forum.data.status === 'cancelled' || forum.data.previousStart) expect(sequence).toBeGreaterThan(0);
          expect(event.url).toBe(url(`/forum/${forum.id}/`));
        }
      });

      it('are offered on the page of each forum that can still be attended, and only there', () => {
        const zone = readSettings(site.root).office.timeZone;
        for (const forum of readForums(site.root)) {
          const link = page(`/forum/${forum.id}/`).document.querySelector(`a[href="/forum/${forum.id}/kalender.ics"]`);
          if (forumMoment(forum.data, zone, buildNow(zone)).offersJoining) expect(link?.textContent?.trim(), forum.id).toBeTruthy();
          else expect(link, forum.id).toBeNull();
        }
      });
    });

    describe('share tags', () => {
      it('give every public page a canonical address, a description and Open Graph and Twitter tags', () => {
        for (const candidate of publicPages) {
          const canonical = candidate.document.querySelector('link[rel="canonical"]')?.getAttribute('href');
          expect(canonical, candidate.path).toBe(url(candidate.path));
          expect(meta(candidate, 'description')?.length, candidate.path).toBeGreaterThan(20);
          for (const key of ['og:title', 'og:description', 'og:url', 'og:image', 'og:image:alt', 'og:type', 'og:site_name', 'twitter:card', 'twitter:image']) {
            expect(meta(candidate, key), `${candidate.path} ${key}`).toBeTruthy();
          }
          expect(meta(candidate, 'og:url')).toBe(canonical);
          expect(meta(candidate, 'og:updated_time') ?? '').toBe(sitemapUrls.get(canonical!) ?? '');
        }
      });

      it('point to images that exist at the size they declare; cards without a photo are 1200×630 PNG', async () => {
        for (const candidate of publicPages) {
          const image = new URL(meta(candidate, 'og:image')!);
          expect(image.origin).toBe(origin);
          const info = await sharp(join(site.dist, decodeURIComponent(image.pathname))).metadata();
          expect(info.width, candidate.path).toBe(Number(meta(candidate, 'og:image:width')));
          expect(info.height, candidate.path).toBe(Number(meta(candidate, 'og:image:height')));
          if (image.pathname.startsWith('/og/')) expect([info.format, info.width, info.height]).toEqual(['png', 1200, 630]);
        }
      });

      it('never repeat a title or a description', () => {
        const titles = publicPages.map((candidate) => candidate.document.title);
        const descriptions = publicPages.map((candidate) => meta(candidate, 'description'));
        expect(new Set(titles).size).toBe(titles.length);
        expect(new Set(descriptions).size).toBe(descriptions.length);
      });
    });

    describe('structured data', () => {
      it('is valid JSON-LD on every page and always describes the office', async () => {
        for (const candidate of publicPages) {
          for (const block of candidate.document.querySelectorAll('script[type="application/ld+json"]')) {
            const expanded = await jsonld.expand(JSON.parse(block.textContent ?? ''), { documentLoader });
            expect(expanded.length, candidate.path).toBeGreaterThan(0);
          }
          const offices = jsonLdNodes(candidate).filter((node) => node['@type'] === 'GovernmentOrganization');
          expect(offices).toHaveLength(1);
          const office = offices[0]!;
          expect(office['@id']).toBe(url('/#kantor'));
          for (const key of ['name', 'url', 'address', 'telephone', 'email', 'areaServed', 'parentOrganization']) expect(office[key], key).toBeTruthy();
          const address = office['address'] as Record<string, string>;
          for (const key of ['streetAddress', 'addressLocality', 'addressRegion', 'postalCode', 'addressCountry']) expect(address[key], key).toBeTruthy();
        }
      });

      it('has a breadcrumb trail on every page below the home page, ending at the page', () => {
        for (const candidate of publicPages.filter((found) => found.path !== '/')) {
          const trails = jsonLdNodes(candidate).filter((node) => node['@type'] === 'BreadcrumbList');
          expect(trails, candidate.path).toHaveLength(1);
          const items = trails[0]!['itemListElement'] as { position: number; name: string; item: string }[];
          expect(items.map((item) => item.position)).toEqual(items.map((_, index) => index + 1));
          expect(items[0]!.item).toBe(url('/'));
          expect(items.at(-1)!.item).toBe(url(candidate.path));
          for (const item of items) expect(item.name).toBeTruthy();
        }
      });

      it('describes news as NewsArticle with dates in the office zone and photos in three ratios', async () => {
        const published = readNews(site.root).filter((entry) => isPublished({ date: entry.data.date, draft: entry.data.draft ?? false }, today));
        for (const entry of published) {
          const article = jsonLdNodes(page(`/berita/${entry.id}/`)).find((node) => node['@type'] === 'NewsArticle');
          expect(article, entry.id).toBeDefined();
          expect(article!['headline']).toBe(entry.data.title);
          expect(String(article!['headline']).length).toBeLessThanOrEqual(110);
          expect(article!['datePublished']).toBe(`${entry.data.date}T00:00:00${offset}`);
          expect(article!['dateModified']).toBe(`${entry.data.updated ?? entry.data.date}T00:00:00${offset}`);
          expect((article!['author'] as { name: string }).name).toBeTruthy();
          expect((article!['publisher'] as { '@id': string })['@id']).toBe(url('/#kantor'));
          const images = article!['image'] as { url: string; width: number; height: number }[];
          if (entry.data.image) {
            const ratios = images.map((image) => Math.round((image.width / image.height) * 100) / 100).sort();
            expect(ratios).toEqual([1, 1.33, 1.78]);
            for (const image of images) {
              const info = await sharp(join(site.dist, new URL(image.url).pathname)).metadata();
              expect([info.width, info.height]).toEqual([image.width, image.height]);
            }
          } else {
            expect(images.length).toBeGreaterThan(0);
          }
        }
      });

      it('describes forums as Event with status, attendance mode, place or virtual location and organizer', () => {
        for (const forum of readForums(site.root)) {
          const event = jsonLdNodes(page(`/forum/${forum.id}/`)).find((node) => node['@type'] === 'Event');
          expect(event, forum.id).toBeDefined();
          expect(event!['name']).toBe(forum.data.title);
          expect(event!['startDate']).toBe(`${forum.data.start}:00${offset}`);
          expect(event!['endDate']).toBe(`${forum.data.end}:00${offset}`);
          expect(event!['eventStatus']).toBe(EVENT_STATUS[forum.data.status]);
          if (forum.data.status === 'rescheduled') expect(event!['previousStartDate']).toBe(`${forum.data.previousStart}:00${offset}`);
          const mode = forum.data.status === 'moved-online' ? 'online' : forum.data.mode;
          expect(event!['eventAttendanceMode']).toBe(
            { 'in-person': 'https://schema.org/OfflineEventAttendanceMode', online: 'https://schema.org/OnlineEventAttendanceMode', hybrid: 'https://schema.org/MixedEventAttendanceMode' }[mode],
          );
          const locations = [event!['location']].flat() as Node[];
          const types = locations.map((location) => location['@type']).sort();
          expect(types).toEqual({ 'in-person': ['Place'], online: ['VirtualLocation'], hybrid: ['Place', 'VirtualLocation'] }[mode]);
          for (const location of locations) {
            if (location['@type'] === 'Place') expect((location['address'] as Record<string, string>)['streetAddress']).toBeTruthy();
            else expect(String(location['url'])).toMatch(/^https:\/\//);
          }
          expect((event!['organizer'] as { '@id': string })['@id']).toBe(url('/#kantor'));
          expect((event!['image'] as unknown[]).length).toBeGreaterThan(0);
        }
      });

      it('describes service standards as GovernmentService', () => {
        for (const service of readServices(site.root)) {
          const node = jsonLdNodes(page(`/layanan/${service.id}/`)).find((candidate) => candidate['@type'] === 'GovernmentService');
          expect(node, service.id).toBeDefined();
          expect(node!['name']).toBe(service.data.title);
          expect((node!['provider'] as { '@id': string })['@id']).toBe(url('/#kantor'));
          expect((node!['areaServed'] as unknown[]).length).toBeGreaterThan(0);
          expect(node!['serviceType']).toBeTruthy();
          expect((node!['availableChannel'] as { serviceUrl: string }).serviceUrl).toBe(url(`/layanan/${service.id}/`));
        }
      });
    });
  });
}
