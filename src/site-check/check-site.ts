/**
 * The built-site check: every page of a build folder is parsed, and every internal link,
 * image, stylesheet and script must resolve to a built page or file (including #anchors);
 * link text must say where it leads; nothing a Content-Security-Policy would block may be
 * inline. Every problem is returned at once, each with its page and a fix.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { isVagueLinkText, normalizeLinkText } from '../lib/link-text.ts';
import { parsedPageOf } from '../build-pages/page-facts.ts';
import type { BuiltPagesReading } from '../build-pages/read-pages.ts';
import { hosting as t } from '../strings/hosting.ts';
import { isHtml, listBuiltFiles, pageUrlOf } from './built-files.ts';
import { contentMentionsFinder, type Mention } from './find-in-content.ts';
import { parsePage, type ParsedPage } from './parse-page.ts';
import { contentFileOfPage } from './content-of-page.ts';
import { ADMIN_PATH } from '../hosting/policy.ts';
import { REVIEWED_ADMIN_SCRIPTS, REVIEWED_PUBLIC_SCRIPTS, REVIEWED_PUBLIC_STYLES, unreviewedInlineCode } from '../hosting/reviewed-inline-code.ts';
import { resolveUrl, servedFile, type Target } from './resolve-url.ts';

export interface SiteProblem {
  /** The page's URL, or the file's path for problems that belong to a file. */
  page: string;
  message: string;
  hint: string;
  severity: 'error' | 'warning';
  /** Where in content/ the faulty address was written, when it was. */
  mentions?: Mention[];
}

export interface SiteCheckResult {
  problems: SiteProblem[];
  pages: number;
  links: number;
}

export interface SiteCheckOptions {
  /** The build folder. */
  dir: string;
  /** The project root: content/ and public/ are read from it. */
  root: string;
  /** The public origin: absolute links to it are checked like relative ones. */
  siteOrigin: string;
  /**
   * Pages the site links to that another part of the portal will add, reported as warnings
   * until they exist (and then as a reminder to empty this list).
   */
  pendingPages?: readonly string[];
  /** The build's pages as already read and parsed (facts cached by content); without it every page is parsed here. */
  builtPages?: BuiltPagesReading;
  /** The build folder's files as URL paths, when the caller has just listed them. */
  files?: readonly string[];
}

/** Files editors or developers put in public/ that readers download or see. */
const MEDIA_EXTENSIONS = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg', '.pdf', '.doc', '.docx', '.xls', '.xlsx', '.ppt', '.pptx', '.mp4', '.webm', '.mp3', '.ogg']);

export function checkSite({ dir, root, siteOrigin, pendingPages = [], builtPages, files = listBuiltFiles(dir) }: SiteCheckOptions): SiteCheckResult {
  const fileSet = new Set(files);
  const known = new Map(builtPages?.pages.map((page) => [page.file, page.facts]));
  const pages = new Map<string, ParsedPage>();
  for (const file of files.filter(isHtml)) {
    const facts = known.get(`${dir}${file}`);
    pages.set(file, facts ? parsedPageOf(facts) : parsePage(readFileSync(`${dir}${file}`, 'utf8')));
  }

  const problems: SiteProblem[] = [];
  // content/ is read only when a broken link needs pointing back to where it was written.
  let mentionsFinder: ((needle: string) => Mention[]) | undefined;
  const findMentions = (needle: string) => (mentionsFinder ??= contentMentionsFinder(root))(needle);
  const resolve = memoizedResolver(siteOrigin);
  const vague = memoized(isVagueLinkText);
  const used = new Set<string>();
  let links = 0;
  const pendingLinked = new Set<string>();

  for (const [file, page] of pages) {
    const pageUrl = pageUrlOf(file);
    for (const reference of page.references) {
      links++;
      const isDownloadLink = reference.tag === 'a' || reference.tag === 'area';
      if (reference.linkText !== undefined && vague(reference.linkText)) {
        problems.push({ page: pageUrl, message: t.siteCheck.vagueLinkText(normalizeLinkText(reference.linkText)), hint: t.siteCheck.vagueLinkTextHint, severity: 'error' });
      }
      const target = resolve(reference.url, pageUrl);
      if (target.kind === 'data' && isDownloadLink) {
        problems.push({ page: pageUrl, message: t.siteCheck.dataDownload(reference.url), hint: t.siteCheck.dataDownloadHint, severity: 'error' });
      }
      if (target.kind !== 'internal') continue;
      const served = servedFile(target.path, fileSet);
      if (!served && pendingPages.includes(target.path)) {
        pendingLinked.add(target.path);
        continue;
      }
      if (!served) {
        problems.push({ page: pageUrl, message: t.siteCheck.missingPage(reference.url), hint: t.siteCheck.missingPageHint, severity: 'error', mentions: findMentions(reference.url) });
        continue;
      }
      used.add(served);
      const fragment = target.fragment;
      if (!fragment || fragment === 'top' || !isHtml(served)) continue;
      const targetPage = pages.get(served);
      if (targetPage && !targetPage.ids.has(fragment)) {
        problems.push({ page: pageUrl, message: t.siteCheck.missingAnchor(reference.url, fragment), hint: t.siteCheck.missingAnchorHint, severity: 'error', mentions: findMentions(reference.url) });
      }
    }
    if (page.styleAttributes) problems.push({ page: pageUrl, message: t.siteCheck.inlineStyleAttribute, hint: t.siteCheck.inlineStyleAttributeHint, severity: 'error' });
    for (const name of new Set(page.eventHandlers)) problems.push({ page: pageUrl, message: t.siteCheck.inlineEventHandler(name), hint: t.siteCheck.inlineEventHandlerHint, severity: 'error' });
    problems.push(...unreviewedCodeProblems(root, pageUrl, page));
  }

  for (const file of files) {
    if (file.endsWith('.css')) for (const url of cssUrls(readFileSync(`${dir}${file}`, 'utf8'))) {
      const target = resolveUrl(url, file, siteOrigin);
      const served = target.kind === 'internal' ? servedFile(target.path, fileSet) : undefined;
      if (served) used.add(served);
    }
  }
  for (const path of pendingLinked) problems.push({ page: path, message: t.siteCheck.pendingPage(path), hint: t.siteCheck.pendingPageHint, severity: 'warning' });
  for (const path of pendingPages) {
    if (servedFile(path, fileSet)) problems.push({ page: path, message: t.siteCheck.pendingPageExists(path), hint: t.siteCheck.pendingPageExistsHint, severity: 'warning' });
  }
  problems.push(...unusedPublicMedia(root, files, used));
  return { problems, pages: pages.size, links };
}

/**
 * Inline code outside the reviewed set (src/hosting/reviewed-inline-code.ts) and any
 * <meta http-equiv>: neither comes from the portal's templates, so it came from content.
 */
function unreviewedCodeProblems(root: string, pageUrl: string, page: ParsedPage): SiteProblem[] {
  const isAdmin = pageUrl.startsWith(ADMIN_PATH);
  const found = [
    ...unreviewedInlineCode(page.inlineScripts, isAdmin ? REVIEWED_ADMIN_SCRIPTS : REVIEWED_PUBLIC_SCRIPTS).map((code) => t.siteCheck.unreviewedScript(excerpt(code))),
    ...(isAdmin ? [] : unreviewedInlineCode(page.inlineStyles, REVIEWED_PUBLIC_STYLES).map((code) => t.siteCheck.unreviewedStyle(excerpt(code)))),
    ...page.httpEquiv.map((name) => t.siteCheck.httpEquiv(name)),
  ];
  if (!found.length) return [];
  const mentions = contentFileOfPage(root, pageUrl);
  return found.map((message) => ({ page: pageUrl, message, hint: t.siteCheck.unreviewedCodeHint, severity: 'error', mentions }));
}

/** The start of a piece of code, enough to recognise it in a report. */
function excerpt(code: string): string {
  const flat = code.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}

/**
 * Most links on a page are the site's own root-relative addresses (navigation, footer), the
 * same on thousands of pages; they resolve the same wherever they are, so each is resolved once.
 */
function memoizedResolver(siteOrigin: string): (url: string, pageUrl: string) => Target {
  const rootRelative = new Map<string, Target>();
  return (url, pageUrl) => {
    if (!url.startsWith('/') || url.startsWith('//')) return resolveUrl(url, pageUrl, siteOrigin);
    let target = rootRelative.get(url);
    if (!target) rootRelative.set(url, (target = resolveUrl(url, pageUrl, siteOrigin)));
    return target;
  };
}

function memoized<T>(decide: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    if (!seen.has(text)) seen.set(text, decide(text));
    return seen.get(text) as T;
  };
}

function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((match) => match[2] ?? '').filter(Boolean);
}

function unusedPublicMedia(root: string, files: readonly string[], used: ReadonlySet<string>): SiteProblem[] {
  return files
    .filter((file) => MEDIA_EXTENSIONS.has(extname(file).toLowerCase()) && existsSync(`${root}/public${file}`) && !used.has(file))
    .map((file) => ({ page: `public${file}`, message: t.siteCheck.unusedPublicFile(`public${file}`), hint: t.siteCheck.unusedPublicFileHint, severity: 'warning' as const }));
}
