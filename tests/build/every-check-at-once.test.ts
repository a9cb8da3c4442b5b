/**
 * A real `astro build` of the portal in a temporary copy, with one article given two problems
 * that only the checks of the finished pages can see: a link to a page the site does not have
 * (site check) and a heading that skips a level (accessibility). One build must name both,
 * each with its report, before it fails, and still print the table of its stages' times.
 */
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, copySite, type SiteCopy } from '../helpers/site-copy.ts';

const ARTICLE = 'studi-tiru-layanan-inklusif';
const MISSING_PAGE = '/layanan/standar-yang-belum-ada/';

let site: SiteCopy;
let result: { failed: boolean; output: string };

beforeAll(() => {
  site = copySite();
  // The article's body has "## " sections; a "#### " right after one skips a level.
  appendFileSync(
    join(site.root, `content/news/${ARTICLE}/index.mdx`),
    `\n#### Rincian kunjungan\n\nBaca juga [standar pelayanan pengujian yang baru](${MISSING_PAGE}).\n`,
  );
  try {
    result = { failed: false, output: buildSite(site.root, 'dist', { NO_COLOR: '1', FORCE_COLOR: '0' }) };
  } catch (error) {
    result = { failed: true, output: String(error) };
  }
}, 300_000);

afterAll(() => site?.remove());

describe('a build whose pages fail two checks', () => {
  test('fails', () => {
    expect(result.failed).toBe(true);
  });

  test('prints the site check report with the missing page', () => {
    expect(result.output).toContain(`Tautan "${MISSING_PAGE}" menuju halaman atau berkas yang tidak ada di situs.`);
    expect(result.output).toContain(`content/news/${ARTICLE}/index.mdx`);
  });

  test('prints the accessibility report with the skipped heading level', () => {
    expect(result.output).toMatch(new RegExp(`/berita/${ARTICLE}/[\\s\\S]*heading-order`));
  });

  test('prints where its time went, every stage up to the verdict and none after it', () => {
    expect(result.output).toContain('Waktu tiap tahap pembangunan');
    expect(result.output).toMatch(/ search-index +pages → checks +\d+ ms/);
    expect(result.output).toMatch(/ site-check +site +\d+ ms/);
    expect(result.output).toMatch(/ verdict +verdict +\d+ ms/);
    expect(result.output).not.toMatch(/ precompress +compress/);
  });

  test('ends with one verdict naming both checks', () => {
    expect(result.output).toContain('Pembangunan situs gagal: 2 pemeriksaan menemukan masalah.');
    expect(result.output).toMatch(/- Pemeriksaan tautan gagal: 1 masalah\./);
    expect(result.output).toMatch(/- Pemeriksaan aksesibilitas gagal/);
  });
});
