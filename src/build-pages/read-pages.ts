/**
 * Reads the HTML pages of a build folder once for every build-time gate: each file is read
 * and hashed, and its facts (links, anchors, inline code, head meta, weight) come from the
 * facts cache when a page with the same content was seen before, or are derived now. A
 * rebuild after one changed article therefore parses only the pages whose HTML changed; the
 * cross-page checks still run over every page's facts each time.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { StageCache, entryKey } from '../build-cache/stage-cache.ts';
import { listBuiltPages, type BuiltPage } from './list-pages.ts';
import { derivePageFacts, factsCodeVersion, looksLikePageFacts, type PageFacts } from './page-facts.ts';

export interface HashedPage {
  /** Absolute path of the HTML file. */
  file: string;
  /** URL path as readers request it: "/berita/x/" or "/404.html". */
  urlPath: string;
  /** Hash of the file's bytes: equal hashes, equal pages. */
  hash: string;
}

export interface ReadPage extends HashedPage {
  facts: PageFacts;
  /** Size and modification time when read, to tell within one build whether the file was written again since. */
  stamp: string;
}

export interface BuiltPagesReading {
  outDir: string;
  /** Every HTML page, in a stable order (sorted by file path). */
  pages: ReadPage[];
  /** Pages whose facts were derived by this reading; the others came from the cache or an earlier reading. */
  derived: number;
}

export interface ReadBuiltPagesOptions {
  /** The page-facts folder of the build cache (src/build-cache/); undefined: facts are not remembered between builds. */
  cacheDir?: string | undefined;
  /**
   * An earlier reading of the same folder in the same build: files not written since are taken
   * from it without reading them again. Never pass a reading of an earlier build.
   */
  sameBuild?: BuiltPagesReading | undefined;
  /**
   * The pages as the caller just listed them. Without it the folder is listed, except after an
   * earlier reading of the same build: then its pages are taken as the list (each checked for
   * being written again since), which saves listing a folder of thousands of pages per gate.
   */
  listed?: readonly BuiltPage[] | undefined;
}

export function pageHash(content: Buffer | string): string {
  return createHash('sha1').update(content).digest('base64url');
}

/** Undefined when the file is gone. */
function stampOf(file: string): string | undefined {
  const stats = statSync(file, { bigint: true, throwIfNoEntry: false });
  return stats && `${stats.size}:${stats.mtimeNs}`;
}

/** Every page with its content hash, without deriving any facts. */
export function hashBuiltPages(outDir: string): HashedPage[] {
  return listBuiltPages(outDir).map((page) => ({ ...page, hash: pageHash(readFileSync(page.file)) }));
}

export function readBuiltPages(folder: string, options: ReadBuiltPagesOptions = {}): BuiltPagesReading {
  const outDir = folder.replace(/\/+$/, '');
  const sameBuild = options.sameBuild?.outDir === outDir ? options.sameBuild : undefined;
  const earlier = new Map(sameBuild?.pages.map((page) => [page.file, page]));
  const listed = options.listed ?? sameBuild?.pages.map(({ file, urlPath }) => ({ file, urlPath })) ?? listBuiltPages(outDir);
  let cache: StageCache<PageFacts> | undefined;
  let version: string | undefined;
  let derived = 0;
  const pages: ReadPage[] = [];
  for (const page of listed) {
    const stamp = stampOf(page.file);
    if (stamp === undefined) continue;
    const known = earlier.get(page.file);
    if (known && known.stamp === stamp) {
      pages.push(known);
      continue;
    }
    const content = readFileSync(page.file);
    const hash = pageHash(content);
    cache ??= StageCache.open(options.cacheDir, looksLikePageFacts);
    version ??= factsCodeVersion();
    const key = entryKey(version, [hash]);
    let facts = cache.get(key);
    if (!facts) {
      facts = derivePageFacts(content.toString('utf8'));
      cache.set(key, facts);
      derived++;
    }
    pages.push({ file: page.file, urlPath: page.urlPath, hash, facts, stamp });
  }
  cache?.save();
  return { outDir, pages, derived };
}
