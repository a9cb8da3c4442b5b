/**
 * The editor end to end: real Chromium drives Decap CMS on the built site, against the real
 * decap-server writing into a temporary copy of the project (never the real content/). The
 * files it writes must pass the content check, and the next build must show them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { editorRules } from '../../src/content-check/rules/index.ts';
import { openEditor as openEditorOn, publishNow, startEditorSite, writtenFile, type EditorSite } from '../helpers/cms-editor.ts';
import { buildSite } from '../helpers/site-copy.ts';

const NEWS = {
  slug: 'balai-pom-latih-30-umkm-membaca-label-pangan',
  title: 'Balai POM Latih 30 UMKM Membaca Label Pangan',
  summary: 'Tiga puluh pelaku UMKM pangan belajar membaca dan menyusun label pangan olahan yang benar bersama petugas Balai POM.',
  body: 'Pelatihan berlangsung sehari penuh di aula kantor.',
  photo: 'kelas-label.jpg',
  alt: 'Petugas menunjukkan label kemasan keripik kepada tiga pelaku UMKM di meja pelatihan',
};

const FORUM = {
  slug: 'forum-konsultasi-publik-pelayanan-daring-2027',
  title: 'Forum Konsultasi Publik Pelayanan Daring 2027',
  summary: 'Membahas rancangan standar pelayanan sertifikasi bersama pengguna layanan secara daring sebelum standar ditetapkan.',
};

const NEW_REQUIREMENT = 'Surat pernyataan kesanggupan menerapkan cara produksi yang baik';

let editor: EditorSite;

beforeAll(async () => {
  editor = await startEditorSite();
});

afterAll(async () => {
  await editor?.stop();
});

const openEditor = (route: string) => openEditorOn(editor, route);

async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(option);
  await page.getByRole('option', { name: option, exact: true }).click();
}

const contentFile = (...parts: string[]) => join(editor.site.root, 'content', ...parts);

/** The frontmatter of an MDX file as data, read with YAML's core schema (dates stay strings). */
function frontmatterOf(text: string): Record<string, any> {
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  return parse(match?.[1] ?? '', { schema: 'core' });
}

const frontmatter = (file: string) => frontmatterOf(readFileSync(file, 'utf8'));

describe('editor (Decap CMS at /admin)', () => {
  it('creates a news article with a photo and its alt text, beside index.mdx', async () => {
    const photo = join(editor.site.root, NEWS.photo);
    await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 200, g: 120, b: 40 } } }).jpeg().toFile(photo);

    const page = await openEditor('/collections/news/new');
    await page.getByLabel('Judul', { exact: true }).fill(NEWS.title);
    await page.getByLabel('Tanggal terbit', { exact: true }).fill('2026-01-15');
    await page.getByLabel('Penulis atau unit', { exact: true }).fill('Tim Infokom');
    await page.getByLabel('Ringkasan', { exact: true }).fill(NEWS.summary);
    await page.locator('[contenteditable="true"]').first().click();
    await page.keyboard.type(NEWS.body);
    await page.getByRole('button', { name: 'Pilih foto' }).click();
    await page.locator('input[type="file"]').setInputFiles(photo);
    await page.getByRole('button', { name: 'Pakai yang dipilih' }).click();
    await page.getByLabel('Teks alternatif (deskripsi foto) (boleh dikosongkan)', { exact: true }).fill(NEWS.alt);
    await publishNow(page);

    const file = contentFile('news', NEWS.slug, 'index.mdx');
    await writtenFile(file);
    const data = frontmatter(file);
    expect(data).toMatchObject({ title: NEWS.title, date: '2026-01-15', image: { src: NEWS.photo, alt: NEWS.alt } });
    expect(readFileSync(file, 'utf8')).toContain(NEWS.body);
    expect(existsSync(contentFile('news', NEWS.slug, NEWS.photo))).toBe(true);
    await page.close();
  });

  it('creates a forum announcement that references an existing service', async () => {
    const page = await openEditor('/collections/forums/new');
    await page.getByLabel('Judul forum', { exact: true }).fill(FORUM.title);
    await page.getByLabel('Ringkasan', { exact: true }).fill(FORUM.summary);
    await chooseOption(page, 'Status', 'Terjadwal');
    await page.getByLabel('Mulai', { exact: true }).fill('2027-02-10T09:00');
    await page.getByLabel('Selesai', { exact: true }).fill('2027-02-10T12:00');
    await chooseOption(page, 'Cara pelaksanaan', 'Daring');
    await page.getByLabel('Tautan daring (boleh dikosongkan)', { exact: true }).fill('https://rapat.contoh.go.id/fkp-2027');
    await page.getByRole('button', { name: 'Tambah Susunan acara' }).click();
    await page.getByLabel('Acara', { exact: true }).fill('Paparan rancangan standar pelayanan');
    await page.getByRole('button', { name: 'Tambah Pihak yang diundang' }).click();
    await page.getByLabel('Isian', { exact: true }).fill('Pelaku usaha pangan olahan');
    await page.getByLabel('Cara mendaftar atau menyampaikan masukan', { exact: true }).fill('Daftar lewat WhatsApp kantor paling lambat tiga hari sebelum forum.');
    await chooseOption(page, 'Standar pelayanan yang dibahas (boleh dikosongkan)', 'Layanan Sertifikasi Obat dan Makanan');
    await publishNow(page);

    const file = contentFile('forums', FORUM.slug, 'index.mdx');
    await writtenFile(file);
    expect(frontmatter(file)).toMatchObject({
      status: 'scheduled',
      start: '2027-02-10T09:00',
      end: '2027-02-10T12:00',
      mode: 'online',
      services: ['sertifikasi'],
      agenda: [{ item: 'Paparan rancangan standar pelayanan' }],
    });
    await page.close();
  });

  it("changes a service standard's requirements and keeps the rest of the file", async () => {
    const file = contentFile('services', 'sertifikasi.mdx');
    const before = readFileSync(file, 'utf8');
    const page = await openEditor('/collections/services/entries/sertifikasi');
    await page.getByRole('button', { name: 'Tambah Persyaratan' }).click();
    // The new line is the only empty one in the form's lists.
    await page.locator('input[id^="item-field-"][value=""]').fill(NEW_REQUIREMENT);
    await publishNow(page);

    await expect.poll(() => readFileSync(file, 'utf8').includes(NEW_REQUIREMENT), { timeout: 15_000 }).toBe(true);
    const requirements = frontmatter(file).requirements as string[];
    expect(requirements.at(-1)).toBe(NEW_REQUIREMENT);
    expect(requirements.slice(0, -1)).toEqual(frontmatterOf(before).requirements);
    expect(readFileSync(file, 'utf8')).toContain('Tarif dibayar'); // the body below the frontmatter survives
    await page.close();
  });

  it('blocks saving with a required field empty, in Indonesian, and writes nothing', async () => {
    const before = readdirSync(contentFile('news')).sort();
    const page = await openEditor('/collections/news/new');
    await page.getByLabel('Penulis atau unit', { exact: true }).fill('Tim Infokom');
    await publishNow(page);

    const toast = page.getByText('Ada isian wajib yang masih kosong').first();
    const fieldMessage = page.getByText('Judul wajib diisi.');
    await toast.waitFor();
    await fieldMessage.waitFor();
    expect(await toast.isVisible()).toBe(true);
    expect(await fieldMessage.isVisible()).toBe(true);
    expect(readdirSync(contentFile('news')).sort()).toEqual(before);
    await page.close();
  });

  it('only ever talked to the site and the local decap-server', () => {
    expect([...editor.requestedOrigins].every((origin) => origin.startsWith('http://127.0.0.1:'))).toBe(true);
    expect(editor.requestedOrigins.size).toBe(2);
  });

  it('wrote content that passes the content check and shows on the next build', async () => {
    const { root } = editor.site;
    const { problems } = await checkContent(root, editorRules(root));
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);

    buildSite(root, 'dist-after');
    const page = (path: string) => readFileSync(join(root, 'dist-after', path, 'index.html'), 'utf8');
    const article = page(`berita/${NEWS.slug}`);
    expect(article).toContain(NEWS.title);
    expect(article).toContain(`alt="${NEWS.alt}"`);
    expect(article).toMatch(/<source[^>]+kelas-label\.[\w-]+\.(webp|avif)/);
    expect(page(`forum/${FORUM.slug}`)).toContain(FORUM.title);
    expect(page('layanan/sertifikasi')).toContain(NEW_REQUIREMENT);
  });
});
