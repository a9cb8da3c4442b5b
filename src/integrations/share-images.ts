/**
 * Renders the share card (1200×630 PNG) of every built page that points its og:image at a
 * generated card: the authority, the office and the page title on the portal's colours, in
 * DejaVu Sans (shipped as an npm package; sharp's text renderer is told to use it through
 * its own fontconfig file, so the result does not depend on the machine's fonts). Cards are
 * kept in the build cache (src/build-cache/), keyed by their SVG and the version of this file,
 * sharp and the fonts, so a rebuild only renders cards whose text changed.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeVersion } from '../build-cache/code-version.ts';
import { stageCacheDir } from '../build-cache/place.ts';
import { StageCache, entryKey, temporaryPath } from '../build-cache/stage-cache.ts';
import { placeFromCache } from '../lib/files/place-from-cache.ts';
import { cardTexts } from '../lib/share-image/card-texts.ts';
import { SHARE_CARD, shareCardSvg } from '../lib/share-image/share-card-svg.ts';
import { id as t } from '../strings/id.ts';
import { seo } from '../strings/seo.ts';
import type { FinishedPages } from '../build-pages/finished-pages.ts';
import { readPageHeads } from './page-heads.ts';

const FONT_PACKAGE = 'dejavu-fonts-ttf';
/**
 * A card is three flat colours and anti-aliased text, so 16 palette colours without
 * dithering look the same as full colour. Measured per card: 26 ms of CPU and 19 KB, against
 * 82 ms and 32 KB with a full 256-colour palette at maximum effort and compression.
 */
const CARD_PNG = { compressionLevel: 6, palette: true, effort: 1, colours: 16, dither: 0 } as const;
/** Cards rendered at once. */
const RENDER_CONCURRENCY = 4;

/** What the cache's index holds per card: the PNG's size, checked before the file is reused. */
const isSize = (value: unknown): value is number => Number.isSafeInteger(value);

/** Points fontconfig (used by sharp's SVG renderer) at the project's font files only (its files stay beside the cards). */
function useProjectFonts(cacheDir: string): string {
  const require = createRequire(import.meta.url);
  const fontDir = join(dirname(require.resolve(`${FONT_PACKAGE}/package.json`)), 'ttf');
  if (!existsSync(join(fontDir, 'DejaVuSans-Bold.ttf'))) {
    throw new AstroError(seo.share.noFonts(fontDir), seo.share.noFontsHint(FONT_PACKAGE));
  }
  const config = join(cacheDir, 'fonts.conf');
  writeFileSync(
    config,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${fontDir}</dir>\n  <cachedir>${join(cacheDir, 'fontconfig')}</cachedir>\n</fontconfig>\n`,
  );
  process.env['FONTCONFIG_FILE'] = config;
  return fontDir;
}

/** `options.pages`: the build's shared reading of the finished pages. */
export function shareImages(options: { pages?: FinishedPages } = {}): AstroIntegration {
  let site: URL | undefined;
  let cacheDir = '';
  let projectRoot = process.cwd();
  return {
    name: 'portal:share-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        projectRoot = fileURLToPath(config.root);
        cacheDir = stageCacheDir(projectRoot, 'share-cards');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        mkdirSync(cacheDir, { recursive: true });
        useProjectFonts(cacheDir);
        const { default: sharp } = await import('sharp');
        const cache = StageCache.open(cacheDir, isSize);
        // The card's look beyond its SVG (PNG settings, renderer, fonts) is this file's and these packages'.
        const version = codeVersion({ sources: [new URL(import.meta.url)], packages: ['sharp', FONT_PACKAGE] });
        const root = fileURLToPath(dir);
        const problems: string[] = [];
        let rendered = 0;
        let reused = 0;
        const { cards: texts, untitled } = site ? cardTexts(readPageHeads(dir, options.pages, projectRoot), site.origin) : { cards: [], untitled: [] };
        for (const path of untitled) problems.push(seo.share.untitledPage(path));
        const cards = new Map<string, { svg: string; targets: string[] }>();
        for (const text of texts) {
          const svg = shareCardSvg({ authority: t.site.authority, office: text.siteName, title: text.title, host: site?.host ?? '' });
          const key = entryKey(version, [svg]);
          const card = cards.get(key) ?? { svg, targets: [] };
          card.targets.push(join(root, text.cardPath.slice(1)));
          cards.set(key, card);
        }
        // Cards render on libvips' threads; a few at a time keeps both cores busy.
        const queue = [...cards];
        const renderNext = async (): Promise<void> => {
          for (let next = queue.shift(); next; next = queue.shift()) {
            const [key, { svg, targets }] = next;
            const cached = join(cacheDir, `${key}.png`);
            const size = cache.get(key);
            if (size !== undefined && statSync(cached, { throwIfNoEntry: false })?.size === size) reused++;
            else {
              // Rendered under a temporary name: a build stopped mid-card leaves no broken card to reuse.
              const temporary = temporaryPath(cached);
              const { size: written } = await sharp(Buffer.from(svg)).resize(SHARE_CARD.width, SHARE_CARD.height).png(CARD_PNG).toFile(temporary);
              renameSync(temporary, cached);
              cache.set(key, written);
              rendered++;
            }
            for (const target of targets) {
              mkdirSync(dirname(target), { recursive: true });
              placeFromCache(cached, target);
            }
          }
        };
        await Promise.all(Array.from({ length: RENDER_CONCURRENCY }, renderNext));
        cache.save();
        if (problems.length) {
          logger.error(problems.join('\n'));
          throw new AstroError(seo.share.failed(problems.length), seo.share.failedHint);
        }
        logger.info(seo.share.done(rendered, reused, Math.round(performance.now() - started)));
      },
    },
  };
}
