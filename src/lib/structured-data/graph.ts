/**
 * One JSON-LD block per page: a @graph of every node, so references by @id resolve inside it.
 * The serialization is safe inside <script>: "<" and ">" are written as JSON escapes, so no
 * text can close the element or open a comment ("</script>", "<!--"), "&" too, so the block
 * reads the same if a page is ever served as XHTML, and U+2028/U+2029, which old JavaScript
 * parsers read as line ends. JSON.stringify itself escapes the control characters and lone
 * surrogates. Written by hand: Astro's own script serialiser escapes only "<".
 */
import type { JsonLdNode } from './types.ts';

export function jsonLdGraph(nodes: readonly (JsonLdNode | undefined)[]): { '@context': string; '@graph': JsonLdNode[] } {
  return { '@context': 'https://schema.org', '@graph': nodes.filter((node): node is JsonLdNode => node !== undefined) };
}

const SCRIPT_SAFE: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' };

export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => SCRIPT_SAFE[character] ?? character);
}
