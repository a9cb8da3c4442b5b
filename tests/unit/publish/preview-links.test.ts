/**
 * Decap's "Lihat pratinjau" opens the preview address plus the collection's preview_path, with
 * {{dirname}} (an entry folder below the collection folder) or {{filename}} (a single file's
 * name) filled in, as Decap documents them. Filled in for a real entry, each path must be that
 * entry's page in the site's routes.
 */
import { describe, expect, test } from 'vitest';
import { buildCmsConfig } from '../../../src/cms/config.ts';
import { backendFromEnvironment } from '../../../src/cms/backend.ts';
import { routes } from '../../../src/lib/routes.ts';

const config = buildCmsConfig({ ...backendFromEnvironment({}), siteUrl: 'https://balai.example' });
const collection = (name: string) => config.collections.find((item) => item.name === name) as { preview_path?: string; folder?: string };

function fill(template: string, entryPath: string, folder: string): string {
  const relative = entryPath.slice(folder.length + 1);
  const dirname = relative.includes('/') ? relative.slice(0, relative.lastIndexOf('/')) : '';
  const filename = relative.slice(relative.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
  return `/${template.replace('{{dirname}}', dirname).replace('{{filename}}', filename)}`;
}

describe('preview paths', () => {
  test.each([
    ['news', 'content/news/kelas-label-pangan-2027/index.mdx', routes.newsArticle('kelas-label-pangan-2027')],
    ['forums', 'content/forums/fkp-standar-pelayanan-2027/index.mdx', routes.forum('fkp-standar-pelayanan-2027')],
    ['services', 'content/services/sertifikasi-cpotb.mdx', routes.service('sertifikasi-cpotb')],
  ])('%s: an entry opens its own page', (name, entryPath, page) => {
    const { preview_path: template, folder } = collection(name);
    expect(template).toBeDefined();
    expect(fill(template!, entryPath, folder!)).toBe(page);
  });
});
