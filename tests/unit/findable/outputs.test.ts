import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { parseGitLog } from '../../../src/data/content-history.ts';
import { forumFeedItem } from '../../../src/lib/feeds/forum-item.ts';
import { FEED_ITEM_LIMIT, newestItems, renderRss, rfc822 } from '../../../src/lib/feeds/rss.ts';
import { dayToIso, instantToIso, latest } from '../../../src/lib/last-modified.ts';
import { cropSize } from '../../../src/lib/photo-crops.ts';
import { shareCardPath } from '../../../src/lib/share-image/share-card-path.ts';
import { fitText, wrapWords } from '../../../src/lib/share-image/wrap-text.ts';
import { readPageMeta } from '../../../src/lib/sitemap/page-meta.ts';
import { chunk, sitemapIndexXml, urlSetXml } from '../../../src/lib/sitemap/sitemap-xml.ts';
import { isWellFormedXml } from '../../helpers/well-formed-xml.ts';

describe('dates', () => {
  it('writes content days and history instants with the office offset, and picks the latest', () => {
    expect(dayToIso('2025-02-10', 'WITA')).toBe('2025-02-10T00:00:00+08:00');
    expect(instantToIso(new Date('2025-02-10T20:30:15Z'), 'WIB')).toBe('2025-02-11T03:30:15+07:00');
    expect(latest(['2025-01-01T00:00:00+07:00', undefined, '2025-03-01T00:00:00+07:00'])).toBe('2025-03-01T00:00:00+07:00');
    expect(latest([undefined])).toBeUndefined();
    expect(rfc822('2026-12-10T09:00:00+07:00', 'WIB')).toBe('Thu, 10 Dec 2026 09:00:00 +0700');
  });

  it('reads the last change of each content file from the git log, newest commit first', () => {
    const log = '\u00012026-03-01T10:00:00+07:00\u0000\ncontent/forums/a/index.mdx\u0000\u00012026-01-01T10:00:00+07:00\u0000\ncontent/forums/a/index.mdx\u0000content/settings/office.yaml\u0000';
    const dates = parseGitLog(log);
    expect(dates.get('content/forums/a/index.mdx')?.toISOString()).toBe('2026-03-01T03:00:00.000Z');
    expect(dates.get('content/settings/office.yaml')?.toISOString()).toBe('2026-01-01T03:00:00.000Z');
  });
});

describe('the well-formedness check the feed and sitemap tests rely on', () => {
  it('refuses what an XML parser refuses', () => {
    expect(isWellFormedXml('<?xml version="1.0"?><a><b>x &amp; y</b></a>')).toBe(true);
    expect(isWellFormedXml('<a><b>x & y</b></a>')).toBe(false);
    expect(isWellFormedXml('<a><b></a>')).toBe(false);
    expect(isWellFormedXml('<a/><b/>')).toBe(false);
  });
});

describe('RSS', () => {
  it('is well-formed and readable by a feed parser, with escaped text', () => {
    const text = renderRss({
      title: 'Berita & kegiatan', description: 'Uji <b>', link: 'https://b.example/berita/', selfUrl: 'https://b.example/berita/rss.xml', language: 'id', zone: 'WIB',
      items: [{ title: 'A & B', link: 'https://b.example/berita/a/', guid: 'https://b.example/berita/a/', guidIsPermaLink: true, description: 'x < y', published: '2025-02-10T00:00:00+07:00', categories: ['UMKM'] }],
    });
    expect(isWellFormedXml(text)).toBe(true);
    const feed = parseFeed(text);
    expect(feed.title).toBe('Berita & kegiatan');
    expect(feed.items[0]!.title).toBe('A & B');
    expect(feed.items[0]!.published?.toISOString()).toBe('2025-02-09T17:00:00.000Z');
  });

  it('carries only the newest items, newest first, however long the archive', () => {
    const day = (n: number) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString();
    // Given oldest first, so the feed has to order them itself.
    const items = Array.from({ length: FEED_ITEM_LIMIT + 30 }, (_, n) => ({
      title: `Berita ${n}`, link: `https://b.example/berita/${n}/`, guid: `https://b.example/berita/${n}/`, guidIsPermaLink: true, description: 'Ringkasan.', published: day(n),
    }));
    const text = renderRss({ title: 'Berita', description: 'Berita', link: 'https://b.example/berita/', selfUrl: 'https://b.example/berita/rss.xml', language: 'id', zone: 'WIB', items });
    const feed = parseFeed(text);
    expect(feed.items).toHaveLength(FEED_ITEM_LIMIT);
    expect(feed.items[0]!.title).toBe(`Berita ${FEED_ITEM_LIMIT + 29}`);
    expect(feed.items.at(-1)!.title).toBe('Berita 30');
    expect(text).toContain(`<lastBuildDate>${rfc822(day(FEED_ITEM_LIMIT + 29), 'WIB')}</lastBuildDate>`);
  });

  it('keeps the given order of items published at the same moment', () => {
    const same = '2025-02-10T00:00:00+07:00';
    const items = ['b', 'a', 'c'].map((slug) => ({ title: slug, link: `https://b.example/${slug}/`, guid: slug, guidIsPermaLink: false, description: '', published: same }));
    expect(newestItems(items).map((item) => item.title)).toEqual(['b', 'a', 'c']);
    expect(newestItems(items, 2)).toHaveLength(2);
  });

  it('gives each state of a forum its own item id, so a change reaches readers as news', () => {
    const base = { title: 'Forum 2027', summary: 'Ringkasan forum.', status: 'scheduled' as const, statusNote: undefined, start: '2027-02-10T09:00', end: '2027-02-10T12:00', previousStart: undefined, venue: undefined, mode: 'online' as const, results: undefined };
    const announced = forumFeedItem(base, { shown: 'scheduled', dateHolds: true }, 'https://b.example/forum/x/', '2026-11-01T00:00:00+07:00', 'WIB');
    const postponed = forumFeedItem({ ...base, status: 'postponed', statusNote: 'Ditunda.' }, { shown: 'postponed', dateHolds: false }, 'https://b.example/forum/x/', '2026-11-05T00:00:00+07:00', 'WIB');
    expect(announced.guid).not.toBe(postponed.guid);
    expect(postponed.title).toBe('Ditunda: Forum 2027');
    expect(postponed.description.startsWith('Ditunda.')).toBe(true);
  });
});

describe('sitemap files', () => {
  it('splits URLs into files and dates the index from the newest entry of each file', () => {
    expect(chunk([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
    const entries = [{ url: 'https://b.example/a/', lastModified: '2025-01-01T00:00:00+07:00' }, { url: 'https://b.example/b/', lastModified: undefined }];
    expect(isWellFormedXml(urlSetXml(entries))).toBe(true);
    expect(urlSetXml(entries)).toContain('<url><loc>https://b.example/b/</loc></url>');
    expect(sitemapIndexXml([{ url: 'https://b.example/sitemap-0.xml', entries }])).toContain('<lastmod>2025-01-01T00:00:00+07:00</lastmod>');
  });

  it('reads robots, canonical, dates and share tags back from a page', () => {
    const meta = readPageMeta('<html><head><meta name="robots" content="noindex"><link rel="canonical" href="https://b.example/x/"><meta property="og:title" content="A &amp; B"><meta property="og:updated_time" content="2025-01-01T00:00:00+07:00"></head><body><meta property="og:image" content="late"></body></html>');
    expect(meta).toEqual({ noindex: true, canonical: 'https://b.example/x/', title: 'A & B', lastModified: '2025-01-01T00:00:00+07:00' });
  });

  it('reads a title holding > or quotes whole, as Astro writes it (only & and " escaped)', () => {
    // A reading by regular expression stopped at the ">" and reported "og:title empty".
    const meta = readPageMeta('<html><head><meta property="og:title" content="Umur > 60 tahun, <b> & &quot;lansia&quot;"><meta property="og:site_name" content="Balai > POM"></head><body></body></html>');
    expect(meta.title).toBe('Umur > 60 tahun, <b> & "lansia"');
    expect(meta.siteName).toBe('Balai > POM');
  });
});

describe('share images', () => {
  it('crops photos to the asked ratio without upscaling', () => {
    expect(cropSize({ width: 4000, height: 3000 }, 'openGraph')).toEqual({ width: 1200, height: 630 });
    expect(cropSize({ width: 800, height: 600 }, 'wide')).toEqual({ width: 800, height: 450 });
    expect(cropSize({ width: 800, height: 600 }, 'square')).toEqual({ width: 600, height: 600 });
  });

  it('publishes cards under /og/, the home page as beranda', () => {
    expect(shareCardPath('/')).toBe('/og/beranda.png');
    expect(shareCardPath('/berita/a/')).toBe('/og/berita/a.png');
  });

  it('wraps and shrinks titles to fit, cutting only what cannot fit at the smallest size', () => {
    expect(wrapWords('Forum Konsultasi Publik 2027', 12)).toEqual(['Forum', 'Konsultasi', 'Publik 2027']);
    const short = fitText('Berita', 1040, [72, 44], 4);
    expect(short).toEqual({ fontSize: 72, lines: ['Berita'] });
    const long = fitText('kata '.repeat(200), 1040, [72, 44], 4);
    expect(long.fontSize).toBe(44);
    expect(long.lines).toHaveLength(4);
    expect(long.lines[3]!.endsWith('…')).toBe(true);
  });
});
