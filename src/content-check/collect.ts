/** Lists the files of each collection and derives entry ids the way Astro's glob loader does. */
import { globSync } from 'node:fs';
import { COLLECTIONS, type CollectionName } from '../schema/index.ts';
import { slugify } from '../lib/text.ts';

export interface ContentFile {
  collection: CollectionName;
  /** Relative to the project root. */
  file: string;
  id: string;
}

/** "kegiatan-umkm/index.mdx" becomes "kegiatan-umkm"; "tahun-2024.yaml" becomes "tahun-2024". */
export function entryIdFor(relativeToCollection: string): string {
  const withoutExtension = relativeToCollection.replace(/\.[^./]+$/, '');
  const withoutIndex = withoutExtension.replace(/(^|\/)index$/, '');
  return withoutIndex.split('/').map(slugify).join('/');
}

export function collectContentFiles(root: string): ContentFile[] {
  const files: ContentFile[] = [];
  for (const [collection, { folder, pattern }] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    const found = globSync(pattern, { cwd: `${root}/${folder}` }).sort();
    for (const relative of found) {
      files.push({ collection, file: `${folder}/${relative}`, id: entryIdFor(relative) });
    }
  }
  return files;
}
