/**
 * The editor's photo and document tools write Markdown the build publishes and read back what
 * they wrote; the pre-save check stops a body photo without alt text.
 */
import { markdownToHtml } from '../../../src/lib/markdown-parser.ts';
import { describe, expect, test } from 'vitest';
import { bodyDocumentComponent, bodyPhotoComponent, BODY_COMPONENT_IDS } from '../../../src/cms/body-components.ts';
import { bodyPhotoProblems } from '../../../src/cms/body-photo-check.ts';
import { buildCmsConfig } from '../../../src/cms/config.ts';
import { bodyReferences, linkedDocuments } from '../../../src/lib/body-files.ts';
import { BODY_DOCUMENT_TYPES } from '../../../src/schema/body-files.ts';

const photo = bodyPhotoComponent();
const documentLink = bodyDocumentComponent();
const roundTrip = (component: typeof photo, data: Record<string, string>) => {
  const markdown = component.toBlock(data);
  const match = component.pattern.exec(markdown);
  return { markdown, back: match ? component.fromBlock(match) : undefined };
};

describe('photo tool', () => {
  test('writes a Markdown image the build makes responsive, and reads it back as typed', () => {
    const data = { image: 'grafik ikm (2024).png', alt: 'Nilai [A] & <93,56> untuk *semua* unit_layanan' };
    const { markdown, back } = roundTrip(photo, data);
    expect(back).toEqual(data);
    const [reference] = bodyReferences(markdown);
    expect(reference).toMatchObject({ kind: 'image', alt: data.alt });
    expect(decodeURIComponent(reference!.url)).toBe(data.image);
  });

  test('takes Decap’s image id, so images already in a body open in it; other images stay as they are', () => {
    expect(photo.id).toBe('image');
    expect(photo.pattern.test('![Peta lokasi kantor](peta.jpg)')).toBe(true);
    expect(photo.pattern.test('![Foto dari situs lain](https://contoh.example/a.jpg)')).toBe(false);
    expect(photo.pattern.test('![Bagan](bagan.svg)')).toBe(false);
    expect(photo.pattern.test('Teks ![Foto](a.jpg) di tengah kalimat')).toBe(false);
  });
});

describe('document tool', () => {
  test('writes a link the build publishes beside the page, and reads it back as typed', () => {
    const data = { file: 'sk standar pelayanan.pdf', title: 'Surat Keputusan [SK] penetapan standar pelayanan (PDF)' };
    const { markdown, back } = roundTrip(documentLink, data);
    expect(back).toEqual(data);
    expect(linkedDocuments(markdown, 'content/services/sertifikasi.mdx', BODY_DOCUMENT_TYPES)).toEqual([data.file]);
    expect(markdownToHtml(markdown).html).toContain(`>${data.title.replace('&', '&amp;')}</a>`);
  });

  test('opens only links to an allowed document beside the entry', () => {
    expect(documentLink.pattern.test('[SK penetapan](sk.pdf)')).toBe(true);
    expect(documentLink.pattern.test('[Situs Badan POM](https://www.pom.go.id/sk.pdf)')).toBe(false);
    expect(documentLink.pattern.test('[Tabel](data.xlsx)')).toBe(false);
    expect(documentLink.pattern.test('[Halaman layanan](/layanan/)')).toBe(false);
  });
});

describe('before saving', () => {
  test('a body photo without alt text, with too short a text, or from another site is refused; code is not a photo', () => {
    const body = ['![](grafik.png)', '![Peta](peta.jpg)', '![Foto kegiatan pelatihan label](https://contoh.example/a.jpg)', '![Grafik batang nilai IKM](ikm.png)', '`![](contoh.png)`', '```', '![](contoh-kode.png)', '```'].join('\n\n');
    expect(bodyPhotoProblems(body)).toEqual([
      'Isi tulisan (body) › Foto grafik.png: Teks alternatif (deskripsi foto) — Tulis 5–250 karakter yang menjelaskan isi gambar.',
      'Isi tulisan (body) › Foto peta.jpg: Teks alternatif (deskripsi foto) — Tulis 5–250 karakter yang menjelaskan isi gambar.',
      'Isi tulisan (body) › Foto https://contoh.example/a.jpg: Foto "https://contoh.example/a.jpg" di isi tulisan diambil dari alamat lain. Situs tidak memuat apa pun dari situs lain, dan foto dari luar tidak bisa diperkecil untuk ponsel pembaca.',
    ]);
    expect(bodyPhotoProblems(undefined)).toEqual([]);
  });
});

test('every body offers the photo and document tools, and uploads land beside the entry', () => {
  const config = buildCmsConfig({ backend: { name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1' }, publishMode: 'simple', localBackendUrl: 'http://127.0.0.1:8081/api/v1' } as never);
  for (const name of ['news', 'services', 'forums']) {
    const collection = config.collections.find((item) => item.name === name) as { media_folder?: string; fields: { name: string; editor_components?: string[] }[] };
    expect(collection.fields.find((field) => field.name === 'body')?.editor_components, name).toEqual([...BODY_COMPONENT_IDS]);
    expect(collection.media_folder, name).toBe('');
  }
});
