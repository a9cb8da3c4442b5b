/**
 * Page-weight budget: readers are on cheap phones and slow mobile data, so every public page
 * must stay under a budget of HTML + CSS + JS + fonts as sent compressed, content pages ship
 * no JavaScript, and photos must not be sent much larger than a phone shows them. Any page
 * over budget fails the build, named with its bytes. A report per page type is written for
 * the benchmarks.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pagesForGate, type FinishedPages } from '../build-pages/finished-pages.ts';
import { weighPage, type PageWeight } from '../lib/page-weight/measure.ts';
import { pageType } from '../lib/page-weight/page-types.ts';

export interface PageWeightOptions {
  /** Largest HTML + CSS + JS + fonts per page, compressed, in bytes. */
  budgetBytes?: number;
  /** URL path prefixes where JavaScript is allowed (the search page needs it). */
  scriptAllowed?: string[];
  /** URL path prefixes left out entirely (the CMS is for editors, not readers). */
  excluded?: string[];
  /** Where the per-page report is written, relative to the project root. */
  reportFile?: string;
  /** The build's shared reading of the finished pages. */
  pages?: FinishedPages;
}

export function pageWeight(options: PageWeightOptions = {}): AstroIntegration {
  const budget = options.budgetBytes ?? 50 * 1024;
  const scriptAllowed = options.scriptAllowed ?? ['/cari/'];
  const excluded = options.excluded ?? ['/admin/'];
  const reportFile = options.reportFile ?? '.cache/page-weight.json';
  let root = '';
  return {
    name: 'portal:page-weight',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir).replace(/\/$/, '');
        const assets = new Map<string, Buffer | undefined>();
        const readAsset = (urlPath: string) => {
          if (!assets.has(urlPath)) {
            const file = `${outDir}${decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '')}`;
            assets.set(urlPath, existsSync(file) ? readFileSync(file) : undefined);
          }
          return assets.get(urlPath);
        };

        const problems: string[] = [];
        const report: (PageWeight & { urlPath: string; type: string })[] = [];
        const pages = pagesForGate(options.pages, outDir, root).pages.filter((page) => !excluded.some((prefix) => page.urlPath.startsWith(prefix)));
        for (const page of pages) {
          const weight = weighPage(page.facts.weight, readAsset);
          report.push({ ...weight, urlPath: page.urlPath, type: pageType(page.urlPath) });
          if (weight.total > budget) {
            problems.push(
              `${page.urlPath}: ${kb(weight.total)} (HTML ${kb(weight.htmlBytes)}, CSS ${kb(weight.cssBytes)}, JS ${kb(weight.jsBytes)}, font ${kb(weight.fontBytes)}) melebihi batas ${kb(budget)}. Kurangi isi halaman atau pecah menjadi beberapa halaman.`,
            );
          }
          if (weight.scripts.length && !scriptAllowed.some((prefix) => page.urlPath.startsWith(prefix))) {
            problems.push(`${page.urlPath}: halaman isi tidak boleh memuat JavaScript, tetapi memuat ${weight.scripts.join(', ')}. Hapus skripnya; halaman harus bekerja tanpa JavaScript.`);
          }
          for (const missing of weight.missingAssets) problems.push(`${page.urlPath}: memuat ${missing}, tetapi berkas itu tidak ada di hasil build.`);
          for (const image of page.facts.oversizedImages) {
            problems.push(
              `${page.urlPath}: gambar ${image.src} dikirim ${image.servedWidth} px ke ponsel yang menampilkannya ${image.shownWidth} px lebar. Tambahkan ukuran yang lebih kecil pada widths/sizes gambar.`,
            );
          }
        }

        mkdirSync(dirname(`${root}/${reportFile}`), { recursive: true });
        writeFileSync(`${root}/${reportFile}`, JSON.stringify(report, null, 1));
        const heaviest = report.reduce((max, page) => (page.total > max.total ? page : max), report[0] ?? { total: 0, urlPath: '-' });
        const elapsed = Math.round(performance.now() - started);
        if (problems.length) {
          logger.error(`\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
          throw new AstroError(`Anggaran ukuran halaman terlampaui: ${problems.length} masalah.`, 'Rinciannya tercetak di atas, satu baris per halaman.');
        }
        logger.info(`${pages.length} halaman di bawah ${kb(budget)}; terberat ${heaviest.urlPath} ${kb(heaviest.total)} (${elapsed} ms).`);
      },
    },
  };
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
