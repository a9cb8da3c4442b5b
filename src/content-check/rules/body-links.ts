/**
 * Links an editor writes in the body of an article or forum: their text must say where they
 * lead, and a linked document (a file name with an extension, next to the entry) must exist.
 * Reported with the line of the file, since the body has no form field to point at.
 */
import { dirname, join, normalize } from 'node:path';
import { isVagueLinkText, normalizeLinkText } from '../../lib/link-text.ts';
import { hosting as t } from '../../strings/hosting.ts';
import { perEntryRule, type ContentProblem, type EntryRule } from '../check-content.ts';

export interface BodyLink {
  text: string;
  url: string;
  /** 1-based line in the whole file. */
  line: number;
}

const MARKDOWN_LINK = /(!?)\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const HTML_LINK = /<a\b[^>]*\bhref=(["'])(.*?)\1[^>]*>([\s\S]*?)<\/a>/gi;

/** Links in a body, with lines counted from `firstLine` (the line the body starts on). */
export function bodyLinks(body: string, firstLine: number): BodyLink[] {
  const links: BodyLink[] = [];
  const lineAt = (index: number) => firstLine + body.slice(0, index).split('\n').length - 1;
  for (const match of body.matchAll(MARKDOWN_LINK)) {
    if (match[1]) continue; // an image: its alt text is checked by the schema, not here
    links.push({ text: match[2] ?? '', url: match[3] ?? '', line: lineAt(match.index) });
  }
  for (const match of body.matchAll(HTML_LINK)) {
    links.push({ text: (match[3] ?? '').replace(/<[^>]+>/g, ''), url: match[2] ?? '', line: lineAt(match.index) });
  }
  return links;
}

/** "./berita-acara.pdf" or "lampiran/daftar.xlsx": a file beside the entry, not a page. */
function isRelativeFile(url: string): boolean {
  if (/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(url)) return false;
  const path = url.split(/[?#]/)[0] ?? '';
  return /\.[a-z0-9]{2,5}$/i.test(path);
}

export function bodyLinkRule(root: string): EntryRule<ContentProblem[]> {
  return perEntryRule('body-links', (entry, _all, files) => {
    const { file } = entry.source;
    if (!/\.mdx?$/.test(file) || entry.raw.readErrors.length) return [];
    const problems: ContentProblem[] = [];
    for (const link of bodyLinks(entry.raw.body, entry.raw.bodyStartLine)) {
      if (isVagueLinkText(link.text)) {
        problems.push({ file, line: link.line, message: t.contentRules.vagueLinkText(normalizeLinkText(link.text)), hint: t.contentRules.vagueLinkTextHint, severity: 'error' });
      }
      if (isRelativeFile(link.url)) {
        const target = normalize(join(root, dirname(file), decodeURIComponent(link.url.split(/[?#]/)[0] ?? '')));
        if (!files.exists(target)) {
          problems.push({ file, line: link.line, message: t.contentRules.missingAttachment(link.url, dirname(file)), hint: t.contentRules.missingAttachmentHint, severity: 'error' });
        }
      }
    }
    return problems;
  });
}
