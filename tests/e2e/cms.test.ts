/**
 * The editor end to end: real Chromium drives Decap CMS on the built site, served as
 * `npm start` serves it (the site and, on the same origin, decap-server's real middlewares
 * writing into a temporary copy of the project, never the real content/). The files it writes
 * must pass the content check, and the next build must show them while the open editor keeps
 * saving. A save changes only the lines of what was edited; a rule across fields is shown at
 * its field. Without its server the editor says what to do, in Indonesian.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import sharp from 'sharp';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { editorRules } from '../../src/content-check/rules/index.ts';
import { PHOTO_SIZES } from '../../src/lib/photo-formats.ts';
import { addBodyComponent, openEditor as openEditorOn, publishNow, servePortal, startEditorSite, writtenFile, type EditorSite } from '../helpers/cms-editor.ts';
import { buildSite } from '../helpers/site-copy.ts';
import { serveStatic } from '../helpers/static-server.ts';

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

const NEW_CASE = 'Perpanjangan sertifikat';
const NEW_REQUIREMENT = 'Salinan sertifikat yang masih berlaku';
const NEW_SUMMARY = 'Pemeriksaan tempat produksi dan distribusi sebagai dasar penerbitan sertifikat cara produksi atau distribusi yang baik.';
const AFTER_REBUILD = ['Fotokopi izin usaha yang masih berlaku', 'Denah lokasi sarana produksi'] as const;

/** An article whose body is typed with signs Markdown and MDX read as code, with a photo and a PDF in it. */
const BODY_ARTICLE = {
  slug: 'hasil-uji-cepat-pangan-jajanan-sekolah',
  title: 'Hasil Uji Cepat Pangan Jajanan Sekolah',
  summary: 'Petugas menguji pangan jajanan di sepuluh sekolah dasar; hasilnya dan laporan lengkapnya dapat dibaca di sini.',
  // Every sign the rich-text mode must keep as text: < > { } * _ # & (and an entity and a list number).
  sentence: '#1 di Bengkulu: nilai < 3 dan > 2, kode {ABC-12}, *bukan tebal* dan _bukan miring_, Dinas & BPOM, &amp; tetap teks.',
  secondSentence: '2024. Tahun <b>tanpa</b> tag dan 5 * 3 = 15.',
  photo: 'grafik-uji-cepat.png',
  alt: 'Grafik batang: 48 sampel memenuhi syarat, 2 sampel tidak memenuhi syarat',
  document: 'laporan-uji-cepat.pdf',
  documentTitle: 'Laporan lengkap uji cepat pangan jajanan sekolah (PDF)',
};

/** The signed decree of a standard, attached to its body as a document. */
const DECREE = {
  service: 'pengujian-pihak-ketiga',
  number: 'HK.02.02.00.00.07.27.0003 (nomor contoh)',
  document: 'sk-standar-pelayanan-pengujian.pdf',
  linkText: 'Surat Keputusan penetapan standar pelayanan pengujian (PDF)',
};

/** A forum of the sample content the editor postpones. */
const POSTPONED = {
  slug: 'fkp-standar-pelayanan-2027',
  title: 'Forum Konsultasi Publik Standar Pelayanan 2027',
  note: 'Ditunda karena aula dipakai untuk pemeriksaan sarana; tanggal baru diumumkan di sini.',
};

let editor: EditorSite;

beforeAll(async () => {
  editor = await startEditorSite();
  // A whole build: minutes on a busy two-core machine.
}, 600_000);

afterAll(async () => {
  await editor?.stop();
});

const openEditor = (route: string, at?: string) => openEditorOn(editor, route, at);

/** Waits until a service standard's form has loaded. */
async function entryLoaded(page: Page): Promise<void> {
  await expect.poll(() => page.getByLabel('Nama layanan', { exact: true }).inputValue(), { timeout: 30_000 }).not.toBe('');
}

/** Opens a part of the service form (they start closed); nothing happens when it is open. */
async function openPart(page: Page, label: string): Promise<void> {
  const toggle = page.getByRole('group', { name: label, exact: true }).first().getByRole('button', { name: 'Buka', exact: true }).first();
  if (await toggle.isVisible()) await toggle.click();
}

/** Adds one requirement for every kind of application to the open service standard and publishes. */
async function addRequirement(page: Page, text: string): Promise<void> {
  // The parts are closed until opened, and a part can only be opened once the form is there.
  await entryLoaded(page);
  await openPart(page, 'Persyaratan');
  await page.getByRole('button', { name: 'Tambah persyaratan', exact: true }).click();
  // The part and its list are both named "Persyaratan"; a new line goes to the end of the list.
  await page.getByRole('group', { name: 'Persyaratan', exact: true }).nth(1).getByLabel('Persyaratan', { exact: true }).last().fill(text);
  await publishNow(page);
}

/** Chooses a file in the media library Decap opens from `button` and uses it. */
async function chooseFile(page: Page, button: string, file: string): Promise<void> {
  await page.getByRole('button', { name: button }).first().click();
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.getByRole('button', { name: 'Pakai yang dipilih' }).click();
}

/** Adds a "Dokumen" component to the body at the cursor: a link with its text to an uploaded file. */
async function insertDocument(page: Page, linkText: string, file: string): Promise<void> {
  await addBodyComponent(page, 'Dokumen');
  await page.getByLabel('Teks tautan', { exact: true }).fill(linkText);
  await chooseFile(page, 'Pilih berkas', file);
}

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

/** Lines of `after` that are not in `before`, and the other way round (files of a few hundred lines). */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  const remaining = (lines: string[], others: string[]) => {
    const pool = [...others];
    return lines.filter((line) => {
      const index = pool.indexOf(line);
      if (index === -1) return true;
      pool.splice(index, 1);
      return false;
    });
  };
  return { removed: remaining(a, b), added: remaining(b, a) };
}

describe('editor (Decap CMS at /admin)', () => {
  it('creates a news article with a photo and its alt text, beside index.mdx', async () => {
    const photo = join(editor.site.root, NEWS.photo);
    await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 200, g: 120, b: 40 } } }).jpeg().toFile(photo);

    const page = await openEditor('/collections/news/new');
    await page.getByLabel('Judul', { exact: true }).fill(NEWS.title);
    await page.getByLabel('Tanggal terbit', { exact: true }).fill('2026-01-15');
    await page.getByLabel('Penulis atau unit', { exact: true }).fill('Tim Infokom');
    await page.getByLabel('Ringkasan', { exact: true }).fill(NEWS.summary);
    await page.getByLabel('Topik (boleh dikosongkan)', { exact: true }).fill('UMKM, Label Pangan');
    await page.locator('[contenteditable="true"]').first().click();
    await page.keyboard.type(NEWS.body);
    await chooseFile(page, 'Pilih foto', photo);
    // Required once a photo is chosen: the form does not call it optional (what a screen reader reads).
    await page.getByRole('textbox', { name: 'Teks alternatif (deskripsi foto)', exact: true }).fill(NEWS.alt);
    await publishNow(page);

    const file = contentFile('news', NEWS.slug, 'index.mdx');
    await writtenFile(file);
    const data = frontmatter(file);
    expect(data).toMatchObject({ title: NEWS.title, date: '2026-01-15', tags: ['UMKM', 'Label Pangan'], image: { src: NEWS.photo, alt: NEWS.alt } });
    expect(readFileSync(file, 'utf8')).toContain(NEWS.body);
    // decap-server writes the photo after the entry's file.
    await expect.poll(() => existsSync(contentFile('news', NEWS.slug, NEWS.photo)), { timeout: 15_000 }).toBe(true);
    await page.close();
  });

  it('keeps every sign typed in a body as text, and inserts a body photo (alt text required) and a PDF', async () => {
    const photo = join(editor.site.root, BODY_ARTICLE.photo);
    await sharp({ create: { width: 1600, height: 900, channels: 3, background: { r: 40, g: 110, b: 160 } } }).png().toFile(photo);
    const pdf = join(editor.site.root, BODY_ARTICLE.document);
    copyFileSync(contentFile('services', 'sk-standar-pelayanan-sertifikasi.pdf'), pdf);

    const page = await openEditor('/collections/news/new');
    await page.getByLabel('Judul', { exact: true }).fill(BODY_ARTICLE.title);
    await page.getByLabel('Tanggal terbit', { exact: true }).fill('2026-01-20');
    await page.getByLabel('Penulis atau unit', { exact: true }).fill('Tim Infokom');
    await page.getByLabel('Ringkasan', { exact: true }).fill(BODY_ARTICLE.summary);
    await page.locator('[contenteditable="true"]').first().click();
    await page.keyboard.type(BODY_ARTICLE.sentence);
    await page.keyboard.press('Enter');
    await page.keyboard.type(BODY_ARTICLE.secondSentence);
    await addBodyComponent(page, 'Foto');
    await chooseFile(page, 'Pilih foto', photo);

    // Without alt text the photo cannot be saved, and the editor is told which photo.
    await publishNow(page);
    await page.getByText(`Foto ${BODY_ARTICLE.photo}: Teks alternatif (deskripsi foto)`).first().waitFor();
    expect(existsSync(contentFile('news', BODY_ARTICLE.slug))).toBe(false);

    await page.getByLabel('Teks alternatif (deskripsi foto)', { exact: true }).first().fill(BODY_ARTICLE.alt);
    await insertDocument(page, BODY_ARTICLE.documentTitle, pdf);
    await publishNow(page);

    const file = contentFile('news', BODY_ARTICLE.slug, 'index.mdx');
    await writtenFile(file);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(`![${BODY_ARTICLE.alt}](${BODY_ARTICLE.photo})`);
    expect(text).toContain(`[${BODY_ARTICLE.documentTitle}](${BODY_ARTICLE.document})`);
    // decap-server writes uploads after the entry's file.
    for (const upload of [BODY_ARTICLE.photo, BODY_ARTICLE.document]) {
      await expect.poll(() => existsSync(contentFile('news', BODY_ARTICLE.slug, upload)), { timeout: 15_000 }).toBe(true);
    }
    await page.close();
    // Two uploads and a refused save: several times one browser step on a busy machine.
  }, 180_000);

  it("shows a rule across fields at its field, in the office's wording, until it is fixed; then saves the forum", async () => {
    const page = await openEditor('/collections/forums/new');
    await page.getByLabel('Judul forum', { exact: true }).fill(FORUM.title);
    await page.getByLabel('Ringkasan', { exact: true }).fill(FORUM.summary);
    await chooseOption(page, 'Status', 'Terjadwal');
    await page.getByLabel('Mulai', { exact: true }).fill('2027-02-10T13:00');
    await page.getByLabel('Selesai', { exact: true }).fill('2027-02-10T12:00');
    await chooseOption(page, 'Cara pelaksanaan', 'Daring');
    await page.getByRole('textbox', { name: 'Tautan daring', exact: true }).fill('https://rapat.contoh.go.id/fkp-2027');
    await page.getByRole('button', { name: 'Tambah Susunan acara' }).click();
    await page.getByLabel('Acara', { exact: true }).fill('Paparan rancangan standar pelayanan');
    await page.getByRole('button', { name: 'Tambah Pihak yang diundang' }).click();
    await page.getByLabel('Pihak', { exact: true }).fill('Pelaku usaha pangan olahan');
    await page.getByLabel('Cara mendaftar atau menyampaikan masukan', { exact: true }).fill('Daftar lewat WhatsApp kantor paling lambat tiga hari sebelum forum.');
    await chooseOption(page, 'Standar pelayanan yang dibahas (boleh dikosongkan)', 'Layanan Sertifikasi Obat dan Makanan');
    // No box is read out by Decap's widget name ("Isian datetime"); groups are named by their field.
    expect(await page.locator('[aria-label^="Isian "]').count()).toBe(0);
    expect(await page.getByRole('group', { name: 'Susunan acara', exact: true }).count()).toBe(1);
    await publishNow(page);

    // Decap writes a field's errors next to its label.
    const end = page.locator('label', { hasText: /^Selesai$/ }).locator('xpath=..');
    await end.getByText('Jam selesai (Rabu, 10 Februari 2027, 12.00 WIB) harus sesudah jam mulai (Rabu, 10 Februari 2027, 13.00 WIB).').waitFor();
    await page.getByText('Belum bisa disimpan. Lengkapi atau perbaiki isian bertanda merah').first().waitFor();
    const file = contentFile('forums', FORUM.slug, 'index.mdx');
    expect(existsSync(file)).toBe(false);
    // Changing another field leaves the message where it is.
    await page.getByLabel('Ringkasan', { exact: true }).fill(`${FORUM.summary} `);
    expect(await end.getByText(/^Jam selesai \(Rabu/).isVisible()).toBe(true);

    await page.getByLabel('Selesai', { exact: true }).fill('2027-02-10T15:00');
    await publishNow(page);
    await writtenFile(file);
    expect(frontmatter(file)).toMatchObject({
      status: 'scheduled',
      start: '2027-02-10T13:00',
      end: '2027-02-10T15:00',
      mode: 'online',
      services: ['sertifikasi'],
      agenda: [{ item: 'Paparan rancangan standar pelayanan' }],
    });
    await page.close();
  });

  it('saves one edit to a service standard as one changed line, then adds requirements for one kind of application', async () => {
    const file = contentFile('services', 'sertifikasi.mdx');
    const before = readFileSync(file, 'utf8');
    const page = await openEditor('/collections/services/entries/sertifikasi');
    await page.getByLabel('Ringkasan', { exact: true }).fill(NEW_SUMMARY);
    await publishNow(page);
    await expect.poll(() => readFileSync(file, 'utf8').includes(NEW_SUMMARY), { timeout: 15_000 }).toBe(true);
    expect(changedLines(before, readFileSync(file, 'utf8'))).toEqual({
      removed: [`summary: ${frontmatterOf(before).summary}`],
      added: [`summary: ${NEW_SUMMARY}`],
    });

    const edited = readFileSync(file, 'utf8');
    await openPart(page, 'Persyaratan');
    await page.getByRole('button', { name: 'Tambah Persyaratan menurut jenis permohonan' }).click();
    await page.getByLabel('Jenis permohonan', { exact: true }).fill(NEW_CASE);
    await page.getByRole('button', { name: 'Tambah Persyaratan untuk jenis ini' }).click();
    await page.getByRole('group', { name: 'Persyaratan untuk jenis ini', exact: true }).getByLabel('Persyaratan', { exact: true }).fill(NEW_REQUIREMENT);
    await publishNow(page);

    await expect.poll(() => readFileSync(file, 'utf8').includes(NEW_REQUIREMENT), { timeout: 15_000 }).toBe(true);
    const { removed, added } = changedLines(edited, readFileSync(file, 'utf8'));
    expect(removed).toEqual([]);
    expect(added).toEqual(['requirementsByCase:', `  - case: ${NEW_CASE}`, '    items:', `      - ${NEW_REQUIREMENT}`]);
    await page.close();
  });

  it('opens the entry the address names when the address changes from one entry to another', async () => {
    const page = await openEditor('/collections/services/entries/sertifikasi');
    const title = page.getByLabel('Nama layanan', { exact: true });
    await expect.poll(() => title.inputValue(), { timeout: 30_000 }).toBe('Layanan Sertifikasi Obat dan Makanan');
    // The editor reloads at the new address, and Decap starts again.
    const reloaded = page.waitForEvent('load', { timeout: 60_000 });
    await page.evaluate(() => (location.hash = '#/collections/services/entries/pendampingan-umkm'));
    await reloaded;
    await expect.poll(() => title.inputValue(), { timeout: 60_000 }).toBe(frontmatter(contentFile('services', 'pendampingan-umkm.mdx')).title);
    await page.close();
  });

  it('blocks saving with a required field empty, in Indonesian, and writes nothing', async () => {
    const before = readdirSync(contentFile('news')).sort();
    const page = await openEditor('/collections/news/new');
    await page.getByLabel('Penulis atau unit', { exact: true }).fill('Tim Infokom');
    await publishNow(page);

    const toast = page.getByText('Belum bisa disimpan. Lengkapi atau perbaiki isian bertanda merah').first();
    const fieldMessage = page.getByText('Judul wajib diisi.');
    await toast.waitFor();
    await fieldMessage.waitFor();
    expect(await toast.isVisible()).toBe(true);
    expect(await fieldMessage.isVisible()).toBe(true);
    expect(readdirSync(contentFile('news')).sort()).toEqual(before);
    await page.close();
  });

  it('attaches the signed decree to a service standard as a document in its body', async () => {
    const pdf = join(editor.site.root, DECREE.document);
    copyFileSync(contentFile('services', 'sk-standar-pelayanan-sertifikasi.pdf'), pdf);
    const file = contentFile('services', `${DECREE.service}.mdx`);
    const page = await openEditor(`/collections/services/entries/${DECREE.service}`);
    await entryLoaded(page);
    await openPart(page, 'Penetapan dan peninjauan');
    // The decree is a group of its own inside the part, closed like the part was.
    const decree = page.getByRole('group', { name: /^Surat Keputusan penetapan/ }).first();
    const openDecree = decree.getByRole('button', { name: 'Buka', exact: true }).first();
    if (await openDecree.isVisible()) await openDecree.click();
    // Fields required once their group is filled are read by their accessible name (their label also holds a hidden "boleh dikosongkan").
    await decree.getByRole('textbox', { name: 'Nomor keputusan', exact: true }).fill(DECREE.number);
    // The document goes at the end of the body, below what is written there.
    await page.locator('[contenteditable="true"]').first().click();
    await page.keyboard.press('Control+End');
    await insertDocument(page, DECREE.linkText, pdf);
    await publishNow(page);

    await expect.poll(() => readFileSync(file, 'utf8').includes(DECREE.linkText), { timeout: 15_000 }).toBe(true);
    expect(frontmatter(file).decree.number).toBe(DECREE.number);
    expect(readFileSync(file, 'utf8')).toContain(`[${DECREE.linkText}](${DECREE.document})`);
    await expect.poll(() => existsSync(contentFile('services', DECREE.document)), { timeout: 15_000 }).toBe(true);
    await page.close();
  }, 120_000);

  it('postpones a forum', async () => {
    const file = contentFile('forums', POSTPONED.slug, 'index.mdx');
    const page = await openEditor('/collections/forums');
    await page.getByRole('link', { name: new RegExp(POSTPONED.title) }).first().click();
    await expect.poll(() => page.getByLabel('Judul forum', { exact: true }).inputValue(), { timeout: 30_000 }).toBe(POSTPONED.title);
    await chooseOption(page, 'Status', 'Ditunda');
    await page.getByLabel(/^Keterangan status/).fill(POSTPONED.note);
    await publishNow(page);
    await expect.poll(() => frontmatter(file).status, { timeout: 15_000 }).toBe('postponed');
    expect(frontmatter(file).statusNote).toBe(POSTPONED.note);
    await page.close();
  }, 120_000);

  it('"Lihat di situs" opens the entry\'s page on this local portal', async () => {
    const page = await openEditor('/collections/services/entries/sertifikasi');
    const viewOnSite = page.getByRole('link', { name: 'Lihat di situs' });
    await viewOnSite.waitFor();
    expect(await viewOnSite.getAttribute('href')).toBe(`${editor.url}/layanan/sertifikasi/`);
    await page.close();
  });

  it('only ever talked to the portal\'s own origin', () => {
    expect([...editor.requestedOrigins]).toEqual([editor.url]);
  });

  it('wrote content that passes the content check and shows on the next build; the open editor keeps saving', async () => {
    const { root } = editor.site;
    const { problems } = await checkContent(root, editorRules(root));
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);

    const openBefore = await openEditor('/collections/services/entries/sertifikasi');
    await entryLoaded(openBefore);
    // A rebuild in place, as `npm run build` beside a running `npm start` does; the variable
    // older setups used to bake the editing server's port into /admin must change nothing.
    buildSite(root, 'dist', { DECAP_SERVER_PORT: '9' });
    const page = (path: string) => readFileSync(join(root, 'dist', path, 'index.html'), 'utf8');
    const article = page(`berita/${NEWS.slug}`);
    expect(article).toContain(NEWS.title);
    expect(article).toContain(`alt="${NEWS.alt}"`);
    expect(article).toMatch(/<source[^>]+kelas-label\.[\w-]+\.(webp|avif)/);
    expect(page(`forum/${FORUM.slug}`)).toContain(FORUM.title);
    const service = page('layanan/sertifikasi');
    expect(service).toContain(NEW_SUMMARY);
    expect(service).toMatch(new RegExp(`<h3>${NEW_CASE}</h3>\\s*<ul><li>${NEW_REQUIREMENT}</li></ul>`));

    const file = contentFile('services', 'sertifikasi.mdx');
    await addRequirement(openBefore, AFTER_REBUILD[0]);
    await expect.poll(() => readFileSync(file, 'utf8').includes(AFTER_REBUILD[0]), { timeout: 15_000 }).toBe(true);
    await openBefore.close();

    const openAfter = await openEditor('/collections/services/entries/sertifikasi');
    await addRequirement(openAfter, AFTER_REBUILD[1]);
    await expect.poll(() => readFileSync(file, 'utf8').includes(AFTER_REBUILD[1]), { timeout: 15_000 }).toBe(true);
    await openAfter.close();
    // A whole build and two editor sessions: far longer than one browser step.
  }, 600_000);

  it('shows the typed body exactly, its photo responsive and its PDF published where the link leads (the rebuild above)', () => {
    const path = `berita/${BODY_ARTICLE.slug}/`;
    const { document } = new JSDOM(readFileSync(join(editor.site.root, 'dist', path, 'index.html'), 'utf8')).window;
    const paragraphs = [...document.querySelectorAll('main p')].map((paragraph) => paragraph.textContent);
    expect(paragraphs).toContain(BODY_ARTICLE.sentence);
    expect(paragraphs).toContain(BODY_ARTICLE.secondSentence);

    const img = document.querySelector(`main img[alt="${BODY_ARTICLE.alt}"]`);
    expect(img?.getAttribute('srcset')).toMatch(/ 360w, .+ 720w, .+ 1080w$/);
    expect(img?.getAttribute('sizes')).toBe(PHOTO_SIZES);
    expect([img?.getAttribute('width'), img?.getAttribute('height'), img?.getAttribute('loading')]).toEqual(['1080', '608', 'lazy']);

    const link = [...document.querySelectorAll('main a')].find((anchor) => anchor.textContent === BODY_ARTICLE.documentTitle);
    const published = new URL(link?.getAttribute('href') ?? '', `http://situs.example/${path}`).pathname;
    expect(readFileSync(join(editor.site.root, 'dist', published))).toEqual(readFileSync(contentFile('news', BODY_ARTICLE.slug, BODY_ARTICLE.document)));
  });

  it('shows every result of the day on the public pages at 360 px (the rebuild above)', async () => {
    const reader = await editor.browser.newPage({ viewport: { width: 360, height: 740 } });
    /** Opens a public page as a phone shows it; nothing may scroll sideways. */
    const open = async (path: string) => {
      const response = await reader.goto(`${editor.url}/${path}`);
      expect(response?.status(), path).toBe(200);
      expect(await reader.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
    };
    /** A link on the page whose target the site serves. */
    const linkServed = async (name: string) => {
      const link = reader.getByRole('link', { name, exact: true });
      expect(await link.isVisible(), name).toBe(true);
      const href = new URL((await link.getAttribute('href')) ?? '', reader.url()).href;
      expect((await reader.request.get(href)).status(), href).toBe(200);
    };
    try {
      await open(`berita/${BODY_ARTICLE.slug}/`);
      expect(await reader.getByText(BODY_ARTICLE.sentence, { exact: true }).isVisible()).toBe(true);
      const photo = reader.getByRole('img', { name: BODY_ARTICLE.alt });
      await photo.scrollIntoViewIfNeeded();
      // A phone gets a small WebP, not the 1,600 px upload.
      await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: 15_000 }).toBeGreaterThan(0);
      expect(await photo.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/\.webp$/);
      expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeLessThanOrEqual(1080);
      await linkServed(BODY_ARTICLE.documentTitle);

      await open('layanan/sertifikasi/');
      expect(await reader.getByRole('heading', { name: NEW_CASE, exact: true }).isVisible()).toBe(true);
      expect(await reader.getByText(NEW_REQUIREMENT, { exact: true }).isVisible()).toBe(true);
      expect(await reader.getByText(AFTER_REBUILD[0], { exact: true }).count()).toBe(0);

      await open(`layanan/${DECREE.service}/`);
      await linkServed(DECREE.linkText);
      expect(await reader.getByText(DECREE.number).first().isVisible()).toBe(true);

      await open(`forum/${POSTPONED.slug}/`);
      expect(await reader.getByText(POSTPONED.note).first().isVisible()).toBe(true);
      // A date that no longer holds offers neither the meeting link nor a calendar entry.
      expect(await reader.getByRole('link', { name: 'Ikuti secara daring' }).count()).toBe(0);
      expect(await reader.getByRole('link', { name: /Simpan ke kalender/ }).count()).toBe(0);

      await open(`forum/${FORUM.slug}/`);
      expect(await reader.getByRole('heading', { name: FORUM.title, level: 1 }).isVisible()).toBe(true);
    } finally {
      await reader.close();
    }
  }, 120_000);
});

describe('editor without its editing server', () => {
  const NOT_RUNNING = 'Server penyunting lokal tidak berjalan.';

  /** The notice above the editor says it, with the fix. */
  async function noticeSaysNotRunning(page: Page): Promise<void> {
    const notice = page.locator('[role="alert"]', { has: page.getByRole('heading', { name: NOT_RUNNING }) });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Jalankan `npm start`');
  }

  /** ...and so does Decap's own error message; "Failed to fetch" never shows. */
  async function decapErrorSaysNotRunning(page: Page): Promise<void> {
    const toast = page.locator('.Toastify [role="alert"]', { hasText: NOT_RUNNING });
    await toast.first().waitFor({ timeout: 15_000 });
    expect(await toast.first().textContent()).toContain('Jalankan `npm start`');
    expect(await page.content()).not.toContain('Failed to fetch');
  }

  it('says in Indonesian that the server is not running and how to start it', async () => {
    // The built site served by a plain static server: /admin/ loads, no editing API answers.
    const plain = await serveStatic(join(editor.site.root, 'dist'));
    const page = await editor.browser.newPage();
    try {
      await page.goto(`${plain.url}/admin/`);
      await noticeSaysNotRunning(page);
      expect(await page.getByRole('button', { name: 'Coba lagi' }).isVisible()).toBe(true);
      await page.getByRole('button', { name: 'Masuk' }).click();
      // The first list is sorted (news newest first), and Decap loads a sorted list without an
      // error message of its own when that fails (SORT_ENTRIES_FAILURE has no notification):
      // the notice is what the editor reads, and it stays until the server answers.
      await page.getByRole('heading', { name: 'Berita', level: 1 }).waitFor();
      await noticeSaysNotRunning(page);
      expect(await page.content()).not.toContain('Failed to fetch');
    } finally {
      await page.close();
      await plain.close();
    }
  }, 120_000);

  it('says so when the server stops while the editor is open, and saves nothing', async () => {
    const second = await servePortal(editor.site);
    const page = await openEditor('/collections/services/entries/sertifikasi', second.url.replace(/\/$/, ''));
    await entryLoaded(page);
    expect(await page.getByRole('alert').count()).toBe(0);
    await second.close();
    const before = readFileSync(contentFile('services', 'sertifikasi.mdx'), 'utf8');
    await addRequirement(page, 'Tidak tersimpan karena server berhenti');

    await noticeSaysNotRunning(page);
    await decapErrorSaysNotRunning(page);
    expect(readFileSync(contentFile('services', 'sertifikasi.mdx'), 'utf8')).toBe(before);
    await page.close();
  }, 120_000);
});
