import { describe, expect, test } from 'vitest';
import { parse, validData } from '../../helpers/content-fixtures.ts';
import { testInvalidCases } from './invalid-cases.ts';

describe('news schema: valid entry', () => {
  test('keeps calendar days as YYYY-MM-DD strings and fills defaults', () => {
    const data = validData('news');
    delete data.tags;
    const parsed = parse('news', data);
    expect(parsed.date).toBe('2025-02-10');
    expect(parsed.updated).toBe('2025-02-12');
    expect(parsed.tags).toEqual([]);
    expect(parsed.draft).toBe(false);
    expect(parsed.image.alt).toMatch(/^Petugas menunjuk/);
  });

  test('accepts the Date object a YAML loader makes of an unquoted date', () => {
    const data = validData('news');
    data.date = new Date(Date.UTC(2025, 1, 10));
    delete data.updated;
    expect(parse('news', data).date).toBe('2025-02-10');
  });

  test('an article without a photo is valid', () => {
    const data = validData('news');
    delete data.image;
    expect(parse('news', data).image).toBeUndefined();
  });
});

describe('news schema: invalid entries', () => {
  testInvalidCases('news', [
    {
      name: 'title too short',
      change: (d) => (d.title = 'Rapat'),
      path: 'title',
      label: 'Judul',
      message: /^Terlalu pendek: paling sedikit 10 karakter \(sekarang 5\)\.$/,
      hint: /10–110 karakter/,
    },
    {
      name: 'impossible date 2025-13-45',
      change: (d) => (d.date = '2025-13-45'),
      path: 'date',
      label: 'Tanggal terbit',
      message: /Tanggal 2025-13-45 tidak ada di kalender\. Periksa bulan \(01–12\) dan tanggalnya\./,
    },
    {
      name: '30 February',
      change: (d) => (d.date = '2025-02-30'),
      path: 'date',
      label: 'Tanggal terbit',
      message: /2025-02-30 tidak ada di kalender/,
    },
    {
      name: 'date written the Indonesian way',
      change: (d) => (d.date = '10/02/2025'),
      path: 'date',
      label: 'Tanggal terbit',
      message: /"10\/02\/2025" bukan tanggal\. Tulis dengan format TTTT-BB-HH, misalnya 2025-02-10\./,
    },
    {
      name: 'updated before published',
      change: (d) => (d.updated = '2025-01-01'),
      path: 'updated',
      label: 'Tanggal diperbarui',
      message: /\(2025-01-01\) lebih awal dari tanggal terbit \(2025-02-10\)\. Kosongkan atau isi tanggal yang sama atau sesudahnya\./,
    },
    {
      name: 'summary longer than a search snippet',
      change: (d) => (d.summary = 'a'.repeat(161)),
      path: 'summary',
      label: 'Ringkasan',
      message: /^Terlalu panjang: paling banyak 160 karakter \(sekarang 161\)\.$/,
      hint: /50–160 karakter/,
    },
    {
      name: 'author missing',
      change: (d) => delete d.author,
      path: 'author',
      label: 'Penulis atau unit',
      message: /^Wajib diisi\.$/,
      hint: /Tim Infokom/,
    },
    {
      name: 'photo without alt text',
      change: (d) => delete d.image.alt,
      path: 'image.alt',
      label: 'Foto utama › Teks alternatif (deskripsi foto)',
      message: /^Wajib diisi\.$/,
      hint: /Jelaskan isi foto/,
    },
    {
      name: 'nine topics',
      change: (d) => (d.tags = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9']),
      path: 'tags',
      label: 'Topik',
      message: /^Paling banyak 8 isian\.$/,
    },
    {
      name: 'draft written as a word',
      change: (d) => (d.draft = 'ya'),
      path: 'draft',
      label: 'Simpan sebagai draf',
      message: /^Harus berupa pilihan ya\/tidak\.$/,
    },
  ]);
});
