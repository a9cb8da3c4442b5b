/**
 * Whether a text is well-formed XML, by the rules a browser's DOMParser applies (jsdom's XML
 * parser): a malformed feed or sitemap comes back as a document holding a <parsererror>.
 */
import { JSDOM } from 'jsdom';

const parser = new new JSDOM('').window.DOMParser();

export function isWellFormedXml(text: string): boolean {
  return parser.parseFromString(text, 'application/xml').getElementsByTagName('parsererror').length === 0;
}
