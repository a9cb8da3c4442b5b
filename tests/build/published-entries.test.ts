/**
 * Every published entry has its page, and nothing unpublished leaks into the build. The
 * expected set comes from content/ with the same publishing rule the site uses.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { NEWS_PAGE_SIZE, pageCount } from '../../src/lib/paginate.ts';
import { routes } from '../../src/lib/routes.ts';
import { slugify } from '../../src/lib/text.ts';
import { expectedContent } from '../helpers/expected-content.ts';
import { builtPages } from '../helpers/html.ts';
import { distDir } from '../helpers/paths.ts';

const expected = await expectedContent();
const pageExists = (path: string) => existsSync(`${distDir}${path}index.html`);
const builtUnder = (prefix: string) =>
  builtPages()
    .map((page) => page.path)
    .filter((path) => path.startsWith(prefix) && path !== prefix);

describe('published entries have pages', () => {
  test('the sample content has published, draft and future-dated news', () => {
    expect(expected.publishedNews.length).toBeGreaterThanOrEqual(8);
    expect(expected.unpublishedNews.map((entry) => entry.reason)).toEqual(expect.arrayContaining(['draft', 'future']));
  });

  test('every published article, and no other', () => {
    const articles = builtUnder('/berita/').filter((path) => !/^\/berita\/(halaman|topik)\//.test(path));
    expect(articles.sort()).toEqual(expected.publishedNews.map((entry) => routes.newsArticle(entry.id)).sort());
  });

  test('every service standard, and no other', () => {
    expect(builtUnder('/layanan/').sort()).toEqual(expected.services.map((entry) => routes.service(entry.id)).sort());
  });

  test('every forum, and no other', () => {
    expect(builtUnder('/forum/').sort()).toEqual(expected.forums.map((entry) => routes.forum(entry.id)).sort());
  });

  test('the news list has one page per ten published articles', () => {
    const pages = pageCount(expected.publishedNews.length, NEWS_PAGE_SIZE);
    for (let page = 1; page <= pages; page++) expect(pageExists(routes.newsPage(page)), routes.newsPage(page)).toBe(true);
    expect(pageExists(routes.newsPage(pages + 1))).toBe(false);
  });

  test('every topic of a published article has its page, and only those', () => {
    const tags = new Set(expected.publishedNews.flatMap((entry) => (entry.data.tags as string[]).map(slugify)));
    const built = builtUnder('/berita/topik/').filter((path) => /^\/berita\/topik\/[^/]+\/$/.test(path));
    expect(built.sort()).toEqual([...tags].map((slug) => `/berita/topik/${slug}/`).sort());
  });

  test('the section pages exist', () => {
    for (const path of [
      routes.home, routes.news, routes.services, routes.forums, routes.survey, routes.complaints,
      routes.pledge, routes.inclusive, routes.integrity, routes.profile, routes.publicInformation,
    ]) {
      expect(pageExists(path), path).toBe(true);
    }
    expect(existsSync(`${distDir}/404.html`)).toBe(true);
  });
});

describe('nothing unpublished leaks', () => {
  const everyFile = globSync('**/*.{html,xml,json,txt}', { cwd: distDir }).map((file) => ({ file, text: readFileSync(`${distDir}/${file}`, 'utf8') }));

  test.each(expected.unpublishedNews.map((entry) => [entry.reason, entry.id, entry.data.title as string]))(
    '%s article %s has no page, and neither its address nor its title appears anywhere',
    (_reason, id, title) => {
      expect(pageExists(routes.newsArticle(id))).toBe(false);
      const linked = everyFile.filter(({ text }) => text.includes(`/berita/${id}/`)).map(({ file }) => file);
      expect(linked).toEqual([]);
      // Titles are compared on parsed text, where entities such as &quot; are decoded.
      const titled = builtPages()
        .filter(({ document }) => `${document.title} ${document.body.textContent}`.replace(/\s+/g, ' ').includes(title))
        .map(({ path }) => path);
      expect(titled).toEqual([]);
    },
  );
});
