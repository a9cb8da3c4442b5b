/**
 * Photos and documents an editor puts in a body (news, service standards, forums) are published:
 * each photo through the lead photo's pipeline (widths for phones, WebP, width and height, lazy),
 * each linked document beside its page, where the body's link leads. What is expected is read
 * from content/ with the portal's own reading of bodies, never hard-coded.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { imageMetadata } from 'astro/assets/utils';
import { JSDOM } from 'jsdom';
import { parse } from 'parse5';
import { describe, expect, test } from 'vitest';
import { readEntry } from '../../src/content-check/read-entries.ts';
import { bodyReferences, linkedDocuments } from '../../src/lib/body-files.ts';
import { oversizedImages } from '../../src/lib/page-weight/measure.ts';
import { PHOTO_FORMATS, PHOTO_SIZES, PHOTO_WIDTHS } from '../../src/lib/photo-formats.ts';
import { routes } from '../../src/lib/routes.ts';
import { BODY_DOCUMENT_TYPES } from '../../src/schema/body-files.ts';
import { expectedContent, type ExpectedEntry } from '../helpers/expected-content.ts';
import { distDir, projectRoot } from '../helpers/paths.ts';

const content = await expectedContent();
const published = [
  ...content.publishedNews.map((entry) => ({ entry, page: routes.newsArticle(entry.id), collection: 'news' })),
  ...content.services.map((entry) => ({ entry, page: routes.service(entry.id), collection: 'services' })),
  ...content.forums.map((entry) => ({ entry, page: routes.forum(entry.id), collection: 'forums' })),
];
const bodyOf = (entry: ExpectedEntry) => readEntry(projectRoot, entry.file, entry.id).body;
const photosOf = (entry: ExpectedEntry) => bodyReferences(bodyOf(entry)).filter((reference) => reference.kind === 'image');
const documentsOf = (entry: ExpectedEntry) => linkedDocuments(bodyOf(entry), entry.file, BODY_DOCUMENT_TYPES);
const withPhotos = published.filter(({ entry }) => photosOf(entry).length);
const withDocuments = published.filter(({ entry }) => documentsOf(entry).length);
/** Only the pages with body media are parsed, not the whole site. */
const builtDocument = (page: string) => new JSDOM(readFileSync(`${distDir}${page}index.html`, 'utf8')).window.document;
const srcsetWidths = (srcset: string | null) => (srcset ?? '').split(',').map((candidate) => Number(/ (\d+)w$/.exec(candidate.trim())?.[1]));
const srcsetFiles = (srcset: string | null) => (srcset ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '');

describe('photos and documents in bodies', () => {
  test('the sample content has a body photo and a linked document in an article and in a service standard', () => {
    for (const collection of ['news', 'services']) {
      expect(withPhotos.some((item) => item.collection === collection), collection).toBe(true);
      expect(withDocuments.some((item) => item.collection === collection), collection).toBe(true);
    }
  });

  test.each(withPhotos.map((item) => [item.page, item] as const))('%s: each body photo is sized for phones, WebP, with width, height and lazy loading', async (_page, { entry, page }) => {
    const document = builtDocument(page);
    for (const photo of photosOf(entry)) {
      const img = [...document.querySelectorAll('main img')].find((candidate) => candidate.getAttribute('alt') === photo.alt);
      expect(img, `${page}: ${photo.url}`).toBeDefined();
      const original = await imageMetadata(readFileSync(join(projectRoot, posix.dirname(entry.file), photo.url)));
      const largest = Math.min(original.width, Math.max(...PHOTO_WIDTHS));
      expect(img?.closest('figure'), 'a body photo is not the lead photo').toBeNull();
      expect(srcsetWidths(img!.getAttribute('srcset'))).toEqual([...PHOTO_WIDTHS.filter((width) => width < largest), largest]);
      expect(img!.getAttribute('sizes')).toBe(PHOTO_SIZES);
      expect(Number(img!.getAttribute('width'))).toBe(largest);
      expect(Number(img!.getAttribute('height'))).toBe(Math.round((largest * original.height) / original.width));
      expect(img!.getAttribute('loading')).toBe('lazy');
      expect(img!.getAttribute('decoding')).toBe('async');
      for (const file of [img!.getAttribute('src') ?? '', ...srcsetFiles(img!.getAttribute('srcset'))]) {
        expect(file).toMatch(new RegExp(`^/_astro/[^/]+\\.${PHOTO_FORMATS[0]}$`));
        expect(existsSync(`${distDir}${file}`), file).toBe(true);
      }
    }
    // What the page-weight gate judges: no phone is sent a photo much wider than it shows.
    expect(oversizedImages(parse(readFileSync(`${distDir}${page}index.html`, 'utf8')))).toEqual([]);
  });

  test.each(withDocuments.map((item) => [item.page, item] as const))('%s: each linked document is published where its link leads', (_page, { entry, page }) => {
    const document = builtDocument(page);
    const links = [...document.querySelectorAll('main a[href]')].map((link) => new URL(link.getAttribute('href') ?? '', `https://situs.example${page}`).pathname);
    for (const inside of documentsOf(entry)) {
      const published = `${page}${inside}`;
      expect(links, `${page} links to ${published}`).toContain(published);
      expect(readFileSync(`${distDir}${decodeURIComponent(published)}`)).toEqual(readFileSync(join(projectRoot, posix.dirname(entry.file), inside)));
    }
  });

  test('an unpublished article publishes none of its documents', () => {
    for (const entry of content.unpublishedNews) {
      for (const inside of documentsOf(entry)) expect(existsSync(`${distDir}${routes.newsArticle(entry.id)}${inside}`)).toBe(false);
    }
  });
});
