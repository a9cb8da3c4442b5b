/**
 * The portal's build, as one declared graph: every stage with its phase, the group it runs
 * beside, what it reads and what it writes. The order here is the order of the build; adding
 * or removing a stage is one line. tests/unit/portal-stages.test.ts proves that no stage reads
 * what is written beside it or after it, and that the verdict falls between the checks and the
 * stages that prepare a passing build for serving.
 *
 * Resources: 'content' (the editors' files), 'dist/*.html' and 'dist/_astro' (what Astro
 * wrote), 'pages' (the one shared reading of every finished page, src/build-pages/), 'failures'
 * (what the gates hand to the verdict) and the files the stages add to dist/.
 */
import { accessibilityGateAlongside } from '../accessibility/index.ts';
import { buildVerdict } from '../build-verdict.ts';
import { contentCheck } from '../content-check.ts';
import { editorBundle } from '../editor-bundle.ts';
import { finishedPages } from '../../build-pages/finished-pages.ts';
import { pageWeight } from '../page-weight.ts';
import { precompress } from '../precompress.ts';
import { previousOutputAside } from '../previous-output.ts';
import { searchIndexAlongside } from '../search-index-alongside.ts';
import { securityHeaders } from '../security-headers.ts';
import { shareImages } from '../share-images.ts';
import { siteCheck } from '../site-check.ts';
import { sitemap } from '../sitemap.ts';
import { FAILURES as F, type Stage } from './stage-graph.ts';
import type { EntryRule } from '../../content-check/check-content.ts';

export interface PortalOptions {
  /** The editors' rules of the content check (src/content-check/rules/). */
  rules: EntryRule[];
  /** The Git host the CMS saves to (security headers). */
  gitHost: string;
  /** A preview build: search engines are told to stay away on every response. */
  noindex: boolean;
}

/** The editor's bundle (/admin/'s script), put beside Astro's own files with the pages. */
const EDITOR = 'dist/_astro/editor.*';
/** What Astro and the stages before it wrote into dist/: what the site check, the headers and precompression list. */
const BUILT = ['dist/*.html', 'dist/_astro', EDITOR, 'dist/pagefind', 'dist/sitemap-*.xml', 'dist/og'];

export function portalStages(options: PortalOptions): Stage[] {
  const pages = finishedPages();
  // Once Pagefind runs, the build steps back so the index, the longest part of a rebuild, gets
  // the cores first, and hands back the memory page generation left behind
  // (src/integrations/search-index-alongside.ts, release-memory.ts).
  const searchIndex = searchIndexAlongside({ stepBack: true, releaseMemory: true });
  // The gates hand their failures to one verdict, so a build names every problem of every
  // check before it fails (src/integrations/build-verdict.ts).
  const verdict = buildVerdict();
  // A large accessibility run waits for the index first, so the two never hold their memory at once.
  const accessibility = accessibilityGateAlongside({ pages, before: searchIndex.settled, verdict });
  // Reused from the build cache unless the code changed: a publication does not bundle Decap again.
  const editor = editorBundle({ cache: true });
  const { rules } = options;
  return [
    { name: 'content-check', phase: 'content', group: 'content', reads: ['content'], writes: [], work: [contentCheck({ rules })] },
    // The editor's script, taken from the cache or bundled in a process of its own beside Astro's
    // build, and put in place with the pages, before any check opens /admin/.
    { name: 'editor-bundle', phase: 'start', group: 'start', until: 'pages', reads: [], writes: [EDITOR], work: [editor.start, editor.finish], settled: editor.settled },
    // The last build's output is renamed aside, not emptied file by file, and deleted after the build.
    { name: 'previous-output', phase: 'start', group: 'start', reads: [], writes: ['.dist-previous-*'], work: [previousOutputAside()] },
    // Pagefind indexes the pages in a process of its own, beside the reading and the checks.
    { name: 'search-index', phase: 'read', group: 'pages', until: 'checks', reads: ['dist/*.html'], writes: ['dist/pagefind'], work: [searchIndex.start, searchIndex.finish], settled: searchIndex.settled },
    { name: 'read-pages', phase: 'read', group: 'pages', reads: ['dist/*.html'], writes: ['pages'], work: [pages.integration] },
    { name: 'sitemap', phase: 'check', group: 'checks', reads: ['pages'], writes: ['dist/sitemap-*.xml', F], work: [sitemap({ pages, verdict })] },
    { name: 'share-cards', phase: 'check', group: 'checks', reads: ['pages'], writes: ['dist/og'], work: [shareImages({ pages })] },
    { name: 'page-weight', phase: 'check', group: 'checks', reads: ['pages', 'dist/_astro'], writes: ['.cache/page-weight.json', F], work: [pageWeight({ pages, verdict })] },
    // A rebuild's few pages are checked in workers while the build goes on; WCAG 2.2 AA, writes nothing into dist/.
    { name: 'accessibility', phase: 'check', group: 'checks', reads: ['pages', 'dist/_astro', EDITOR], writes: [F], work: [accessibility.start, accessibility.finish], settled: accessibility.settled },
    // Links, images and anchors of the whole site, the files the stages above added included.
    { name: 'site-check', phase: 'check', group: 'site', reads: ['pages', ...BUILT], writes: [F], work: [siteCheck({ pages, verdict })] },
    { name: 'verdict', phase: 'verdict', group: 'verdict', reads: [F], writes: [], work: [verdict.integration] },
    // Headers list every file but the compressed copies; precompression leaves the server configuration out.
    { name: 'security-headers', phase: 'serve', group: 'headers', reads: BUILT, writes: ['dist/_headers', 'dist/_nginx'], work: [securityHeaders({ gitHost: options.gitHost, noindex: options.noindex })] },
    { name: 'precompress', phase: 'serve', group: 'compress', reads: [...BUILT, 'dist/_headers', 'dist/_nginx'], writes: ['dist/*.br', 'dist/*.gz'], work: [precompress()] },
  ];
}
