/** Lists the files of each collection and derives entry ids the way Astro's glob loader does. */
import { matchesGlob } from 'node:path';
import { COLLECTIONS, type CollectionName } from '../schema/index.ts';
import { slugify } from '../lib/text.ts';
import { listContentTree } from './content-tree.ts';

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

/** `tree` is the listing of content/ when the caller already has it (see listContentTree). */
export function collectContentFiles(root: string, tree: readonly string[] = listContentTree(root)): ContentFile[] {
  const files: ContentFile[] = [];
  for (const [collection, { folder, pattern }] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    const prefix = `${folder}/`;
    for (const path of tree) {
      if (!path.startsWith(prefix)) continue;
      const relative = path.slice(prefix.length);
      if (matchesGlob(relative, pattern)) files.push({ collection, file: path, id: entryIdFor(relative) });
    }
  }
  return files;
}
