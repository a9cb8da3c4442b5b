/** The entry format of each collection (entry-format.ts), as admin.ts registers it with Decap. */
import type { z } from 'zod';
import { COLLECTIONS, type CollectionName } from '../../schema/index.ts';
import { arrayElement, objectShape, readField } from '../../schema/read-field.ts';
import { entrySchemas, entrySections } from '../entry-schemas.ts';
import { entryFormat } from './entry-format.ts';

export function collectionFormat(collection: CollectionName) {
  const schema = entrySchemas()[collection];
  return entryFormat({
    frontmatter: COLLECTIONS[collection].pattern.endsWith('.mdx'),
    sections: entrySections(collection),
    keyOrder: Object.keys(objectShape(readField(schema))),
    inSchemaOrder: (data) => inSchemaOrder(schema, data) as Record<string, unknown>,
  });
}

/**
 * `value` with the keys of every object in the order the schema declares them. Decap orders
 * a group's keys by when they were filled in; written in schema order, a new list item reads
 * like the others ("- case: …" before its lines).
 */
function inSchemaOrder(schema: z.ZodType, value: unknown): unknown {
  const reading = readField(schema);
  if (Array.isArray(value)) {
    const element = reading.kind === 'array' ? arrayElement(reading) : undefined;
    return element ? value.map((item) => inSchemaOrder(element, item)) : value;
  }
  if (typeof value !== 'object' || value === null || reading.kind !== 'object') return value;
  const shape = objectShape(reading);
  const record = value as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const key of [...Object.keys(shape), ...Object.keys(record)]) {
    if (key in record && !(key in ordered)) ordered[key] = key in shape ? inSchemaOrder(shape[key]!, record[key]) : record[key];
  }
  return ordered;
}

/** The file extension Decap gives new entries of the collection. */
export function collectionExtension(collection: CollectionName): 'mdx' | 'yaml' {
  return COLLECTIONS[collection].pattern.endsWith('.mdx') ? 'mdx' : 'yaml';
}
