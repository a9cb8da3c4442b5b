/**
 * Text written into XML (RSS feeds, the sitemap, share-card SVG). Escaping is the `entities`
 * package's (the five characters XML gives meaning to: & < > " '), so the text can never
 * close an element or an attribute. What no library does for us: a character XML 1.0 does
 * not allow at all (a control character, a lone half of a surrogate pair, U+FFFE/U+FFFF)
 * makes the whole file unreadable for a feed reader or the SVG renderer, so it is dropped,
 * together with the C1 controls XML discourages. The schema already refuses such characters
 * in what editors write; this keeps every output well-formed whatever reaches it.
 */
import { escapeUTF8 } from 'entities';

const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/** Drops the characters an XML 1.0 document may not (or should not) hold. */
export function xmlCharactersOnly(value: string): string {
  return value.replace(NOT_IN_XML, '');
}

/** Text safe in XML content and in quoted attribute values. */
export function escapeXml(value: string): string {
  return escapeUTF8(xmlCharactersOnly(value));
}
