/** The entry format of each collection (entry-format.ts), as admin.ts registers it with Decap. */
import { COLLECTIONS, type CollectionName } from '../../schema/index.ts';
import { objectShape, readField } from '../../schema/read-field.ts';
import { entrySchemas, entrySections } from '../entry-schemas.ts';
import { entryFormat } from './entry-format.ts';

export function collectionFormat(collection: CollectionName) {
  return entryFormat({
    frontmatter: COLLECTIONS[collection].pattern.endsWith('.mdx'),
    sections: entrySections(collection),
    keyOrder: Object.keys(objectShape(readField(entrySchemas()[collection]))),
  });
}

/** The file extension Decap gives new entries of the collection. */
export function collectionExtension(collection: CollectionName): 'mdx' | 'yaml' {
  return COLLECTIONS[collection].pattern.endsWith('.mdx') ? 'mdx' : 'yaml';
}
