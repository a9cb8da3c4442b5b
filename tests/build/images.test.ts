/**
 * Photos go through astro:assets and sharp: files are emitted by the build, each <img> has
 * width and height (no layout shift), a srcset of several widths, modern formats, and only
 * the article's lead photo loads eagerly.
 */
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PHOTO_FORMATS } from '../../src/lib/photo-formats.ts';
import { routes } from '../../src/lib/routes.ts';
import { expectedContent } from '../helpers/expected-content.ts';
import { builtPage, builtPages } from '../helpers/html.ts';
import { distDir } from '../helpers/paths.ts';

const expected = await expectedContent();
const pages = builtPages();
const images = pages.flatMap(({ path, document }) => [...document.querySelectorAll('img')].map((img) => ({ path, img })));
const srcsetUrls = (srcset: string | null) => (srcset ?? '').split(',').map((part) => part.trim().split(/\s+/)[0]!).filter(Boolean);

describe('images', () => {
  test('the sample content has photos to check', () => {
    expect(images.length).toBeGreaterThan(0);
    expect(expected.publishedNews.filter((entry) => entry.data.image).length).toBeGreaterThanOrEqual(3);
  });

  test('every image is a processed file of this build, with width, height and alt', () => {
    for (const { path, img } of images) {
      const where = `${path}: ${img.outerHTML.slice(0, 120)}`;
      expect(img.getAttribute('src'), where).toMatch(/^\/_astro\/[^/]+\.(avif|webp|jpg|png)$/);
      expect(existsSync(`${distDir}${img.getAttribute('src')}`), where).toBe(true);
      expect(Number(img.getAttribute('width')), where).toBeGreaterThan(0);
      expect(Number(img.getAttribute('height')), where).toBeGreaterThan(0);
      expect(img.hasAttribute('alt'), where).toBe(true);
      expect(img.getAttribute('decoding'), where).toBe('async');
    }
  });

  test('every image offers several widths, and every file in a srcset exists', () => {
    for (const { path, img } of images) {
      const candidates = [img, ...(img.closest('picture')?.querySelectorAll('source') ?? [])];
      for (const element of candidates) {
        const srcset = element.getAttribute('srcset');
        expect(srcset, path).toMatch(/ \d+w(,|$)/);
        expect(srcsetUrls(srcset).length, path).toBeGreaterThanOrEqual(2);
        for (const url of srcsetUrls(srcset)) expect(existsSync(`${distDir}${url}`), `${path}: ${url}`).toBe(true);
        expect(element.getAttribute('sizes'), path).toBeTruthy();
      }
    }
  });

  test('modern formats: the chosen ones in a <picture>, WebP for list thumbnails', () => {
    expect(PHOTO_FORMATS.length).toBeGreaterThan(0);
    for (const { path, img } of images) {
      const picture = img.closest('picture');
      if (picture) {
        const types = [...picture.querySelectorAll('source')].map((source) => source.getAttribute('type'));
        expect(types, path).toEqual(PHOTO_FORMATS.map((format) => `image/${format}`));
      } else {
        expect(img.getAttribute('src'), path).toMatch(/\.(webp|avif)$/);
      }
    }
  });

  test('only an article’s lead photo loads eagerly; the rest wait until scrolled to', () => {
    for (const { path, document } of pages) {
      const imgs = [...document.querySelectorAll('img')];
      imgs.forEach((img, index) => {
        const isLeadPhoto = index === 0 && path.startsWith('/berita/') && img.closest('article figure') !== null;
        if (isLeadPhoto) {
          expect(img.getAttribute('loading'), path).toBe('eager');
          expect(img.getAttribute('fetchpriority'), path).toBe('high');
        } else {
          expect(img.getAttribute('loading'), `${path} image ${index + 1}`).toBe('lazy');
        }
      });
    }
  });

  test('article photos carry the editor’s alt text; list thumbnails are decorative', () => {
    for (const entry of expected.publishedNews.filter((item) => item.data.image)) {
      const img = builtPage(routes.newsArticle(entry.id)).document.querySelector('article figure img');
      expect(img?.getAttribute('alt')).toBe(entry.data.image.alt);
    }
    const thumbnails = [...builtPage(routes.news).document.querySelectorAll('.news-item img')];
    expect(thumbnails.length).toBeGreaterThan(0);
    // The linked title beside a thumbnail already says what the article is about.
    for (const img of thumbnails) expect(img.getAttribute('alt')).toBe('');
  });
});
