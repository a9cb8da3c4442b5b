/**
 * One JSON-LD block per page: a @graph of every node, so references by @id resolve inside it.
 * The serialization is safe inside <script>: "<" is escaped so text can never close the tag.
 */
import type { JsonLdNode } from './types.ts';

export function jsonLdGraph(nodes: readonly (JsonLdNode | undefined)[]): { '@context': string; '@graph': JsonLdNode[] } {
  return { '@context': 'https://schema.org', '@graph': nodes.filter((node): node is JsonLdNode => node !== undefined) };
}

export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
