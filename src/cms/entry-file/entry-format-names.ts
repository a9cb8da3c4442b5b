/** Names under which the portal's entry formats are registered with Decap (see entry-format.ts). */
import type { CollectionName } from '../../schema/index.ts';

export function entryFormatName(collection: CollectionName): string {
  return `portal-${collection}`;
}
