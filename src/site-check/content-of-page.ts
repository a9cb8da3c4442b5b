/**
 * The content file behind a built page (an article, a service standard, a forum), so a problem
 * found in the finished HTML can name the file an editor opens to fix it.
 */
import { existsSync } from 'node:fs';
import { COLLECTIONS } from '../schema/index.ts';
import type { Mention } from './find-in-content.ts';

/** URL prefix of each collection whose entries have pages of their own (src/lib/routes.ts). */
const ENTRY_PAGES = [
  { prefix: '/berita/', folder: COLLECTIONS.news.folder },
  { prefix: '/layanan/', folder: COLLECTIONS.services.folder },
  { prefix: '/forum/', folder: COLLECTIONS.forums.folder },
] as const;

export function contentFileOfPage(root: string, pageUrl: string): Mention[] {
  for (const { prefix, folder } of ENTRY_PAGES) {
    const id = pageUrl.startsWith(prefix) ? pageUrl.slice(prefix.length).replace(/\/$/, '') : '';
    if (!id || id.includes('/')) continue;
    for (const candidate of [`${folder}/${id}/index.mdx`, `${folder}/${id}/index.md`, `${folder}/${id}.mdx`, `${folder}/${id}.md`]) {
      if (existsSync(`${root}/${candidate}`)) return [{ file: candidate, line: 1 }];
    }
  }
  return [];
}
