/**
 * The content check accepts exactly the body photos and documents the build publishes, and
 * names every other one with its line and what to do, in Indonesian.
 */
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { CheckedEntry } from '../../../src/content-check/check-content.ts';
import { recordingProbe } from '../../../src/content-check/file-probe.ts';
import { readEntry } from '../../../src/content-check/read-entries.ts';
import { bodyMedia } from '../../../src/content-check/rules/body-media.ts';
import { linkedDocuments } from '../../../src/lib/body-files.ts';
import { BODY_DOCUMENT_TYPES } from '../../../src/schema/body-files.ts';

let root = '';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'portal-body-media-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Real files of each type, so the check judging bytes sees what it would see in content/. */
const PNG = await sharp({ create: { width: 4, height: 3, channels: 3, background: '#336699' } }).png().toBuffer();
const JPEG = await sharp({ create: { width: 4, height: 3, channels: 3, background: '#336699' } }).jpeg().toBuffer();
const PDF = '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n';

/** Writes a file; `bytes` makes it that large after its content (sparse: only its size matters). */
function write(path: string, content: string | Buffer, bytes?: number): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
  if (bytes !== undefined) truncateSync(join(root, path), bytes);
}

function check(file: string, body: string[]) {
  write(file, ['---', 'title: Contoh', '---', '', ...body].join('\n'));
  const id = file.endsWith('index.mdx') ? (file.split('/').at(-2) ?? '') : (file.split('/').at(-1) ?? '').replace(/\.mdx$/, '');
  const collection = file.split('/')[1] as CheckedEntry['source']['collection'];
  const entry: CheckedEntry = { source: { collection, file, id }, raw: readEntry(root, file, id) };
  return bodyMedia(root)(entry, [], recordingProbe());
}

test('a photo with alt text and a PDF beside a service standard are accepted, and the PDF is published', async () => {
  write('content/services/bagan-alir.png', PNG);
  write('content/services/sk-standar-pelayanan.pdf', PDF);
  const body = ['![Bagan alir sertifikasi dari pengajuan sampai sertifikat terbit](./bagan-alir.png)', '', 'Ditetapkan dengan [SK penetapan](./sk-standar-pelayanan.pdf).'];
  expect(await check('content/services/sertifikasi.mdx', body)).toEqual([]);
  expect(linkedDocuments(body.join('\n'), 'content/services/sertifikasi.mdx', BODY_DOCUMENT_TYPES)).toEqual(['sk-standar-pelayanan.pdf']);
});

test('every photo the build could not publish is named with its line and a fix', async () => {
  write('content/news/kabar/grafik.png', PNG);
  write('content/news/kabar/besar.jpg', JPEG, 5 * 1024 * 1024 + 1);
  write('content/news/kabar/vektor.png', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
  write('content/news/lain/foto.jpg', JPEG);
  const problems = await check('content/news/kabar/index.mdx', [
    '![](./grafik.png)', // line 5
    '![Peta](./grafik.png)', // 6
    '![Foto dari situs lain](https://contoh.example/foto.jpg)', // 7
    '![Foto dari folder lain](../lain/foto.jpg)', // 8
    '![Foto yang belum diunggah](./hilang.jpg)', // 9
    '![Gambar vektor bagan](./bagan.svg)', // 10
    '![Foto yang terlalu besar](./besar.jpg)', // 11
    '<img src="./grafik.png" alt="Grafik batang">', // 12
    '![Foto dari folder media](/media/foto.jpg)', // 13
    '![Bagan yang sebenarnya gambar vektor](./vektor.png)', // 14
  ]);
  expect(problems.map((problem) => [problem.line, problem.message])).toEqual([
    [5, 'Foto "./grafik.png" di isi tulisan belum punya teks alternatif (deskripsi foto).'],
    [6, 'Teks alternatif foto "./grafik.png" terlalu pendek ("Peta"); paling sedikit 5 huruf.'],
    [7, 'Foto "https://contoh.example/foto.jpg" di isi tulisan diambil dari alamat lain. Situs tidak memuat apa pun dari situs lain, dan foto dari luar tidak bisa diperkecil untuk ponsel pembaca.'],
    [8, 'Foto "../lain/foto.jpg" tidak berada di folder tulisan ini (content/news/kabar).'],
    [9, 'Foto "./hilang.jpg" di isi tulisan tidak ditemukan di folder content/news/kabar.'],
    [10, 'Foto "./bagan.svg" di isi tulisan berjenis SVG; yang diterima hanya JPG, JPEG, PNG, WEBP.'],
    [11, 'Foto "./besar.jpg" di isi tulisan berukuran 5,0 MB; paling besar 5,0 MB.'],
    [12, 'Gambar "./grafik.png" ditulis sebagai HTML (<img>) atau dengan rujukan, jadi tidak diperkecil untuk ponsel dan berkasnya tidak ikut diterbitkan.'],
    [13, 'Foto "/media/foto.jpg" tidak berada di folder tulisan ini (content/news/kabar).'],
    [14, 'Berkas "./vektor.png" bernama .png, tetapi isinya bukan berkas PNG (misalnya gambar SVG, halaman web, atau berkas rusak). Berkas seperti ini tidak diterbitkan.'],
  ]);
  expect(problems.every((problem) => problem.file === 'content/news/kabar/index.mdx' && problem.hint && problem.severity === 'error')).toBe(true);
});

test('every linked file the build would not publish is named, and a missing one only once', async () => {
  write('content/news/kabar/data.xlsx', 'xlsx');
  write('content/news/lain/sk.pdf', PDF);
  write('content/news/kabar/besar.pdf', PDF, 10 * 1024 * 1024 + 1);
  write('content/news/kabar/halaman.pdf', '<!doctype html><p>Bukan PDF</p>');
  const problems = await check('content/news/kabar/index.mdx', [
    '[Tabel data survei](./data.xlsx)', // 5
    '[SK dari berita lain](../lain/sk.pdf)', // 6
    '[Laporan lengkap](./besar.pdf)', // 7
    '[Berita acara forum](./berita-acara.pdf)', // 8: missing, reported by the link rule
    '[Daftar hadir forum][daftar]', // 9: missing, written by reference
    '[Situs Badan POM](https://www.pom.go.id/) [Layanan](/layanan/) [alamat](www.pom.go.id)', // 10
    '',
    '[Halaman yang diberi nama PDF](./halaman.pdf)', // 12
    '',
    '[daftar]: ./daftar-hadir.pdf',
  ]);
  expect(problems.map((problem) => [problem.line, problem.message])).toEqual([
    [5, 'Tautan "./data.xlsx" menuju berkas XLSX. Yang diterbitkan bersama tulisan hanya dokumen PDF.'],
    [6, 'Dokumen "../lain/sk.pdf" tidak berada di folder tulisan ini (content/news/kabar), jadi tidak ikut diterbitkan.'],
    [7, 'Dokumen "./besar.pdf" berukuran 10,0 MB; paling besar 10,0 MB.'],
    [9, 'Dokumen "./daftar-hadir.pdf" yang ditautkan tidak ditemukan di folder content/news/kabar.'],
    [10, 'Tautan "www.pom.go.id" tidak diawali https://, jadi dibaca sebagai nama berkas di folder tulisan ini.'],
    [12, 'Berkas "./halaman.pdf" bernama .pdf, tetapi isinya bukan berkas PDF (misalnya gambar SVG, halaman web, atau berkas rusak). Berkas seperti ini tidak diterbitkan.'],
  ]);
});
