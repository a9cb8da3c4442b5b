/** The pre-save check in the editor: the build's schema, with the editor's empty values dropped. */
import { describe, expect, it } from 'vitest';
import { emptyValuePaths, entryProblems, withoutEmptyValues } from '../../src/cms/validate-entry.ts';

const news = {
  title: 'Balai POM Latih 30 UMKM Membaca Label Pangan',
  date: '2026-01-15',
  author: 'Tim Infokom',
  summary: 'Tiga puluh pelaku UMKM pangan belajar membaca dan menyusun label pangan olahan yang benar bersama petugas.',
  body: 'Isi.',
};

describe('checking an entry before Decap saves it', () => {
  it('drops what the editor left empty instead of saving ""', () => {
    const data = { ...news, updated: '', image: { src: '', alt: '' }, tags: [], results: { followUp: [] } };
    expect(emptyValuePaths(data)).toEqual([['updated'], ['image'], ['tags'], ['results']]);
    expect(withoutEmptyValues(data)).toEqual(news);
  });

  it('accepts a complete article without a photo', () => {
    expect(entryProblems('news', { ...news, image: { src: '', alt: '' } })).toEqual([]);
  });

  it('requires alt text once a photo is chosen (a rule the form alone cannot express)', () => {
    expect(entryProblems('news', { ...news, image: { src: 'foto.jpg', alt: '' } })).toEqual(['Foto utama › Teks alternatif (deskripsi foto): Wajib diisi.']);
  });

  it('refuses a line break pasted into a one-line field, naming the field and what to remove', () => {
    expect(entryProblems('news', { ...news, summary: `${news.summary}\r\nEND:VEVENT` })).toEqual([
      'Ringkasan: Isian ini harus satu baris, tetapi berisi ganti baris (Enter). Hapus karakter itu (sering ikut tersalin dari aplikasi pengolah kata atau pesan) dan tulis isiannya dalam satu baris, lalu simpan lagi.',
    ]);
  });

  it('refuses a photo path that leaves the entry’s folder', () => {
    expect(entryProblems('news', { ...news, image: { src: '../../../package.json', alt: 'Petugas memeriksa label pangan.' } })).toEqual([
      expect.stringMatching(/^Foto utama › Berkas foto: Berkas "\.\.\/\.\.\/\.\.\/package\.json" berada di luar folder tulisan ini\./),
    ]);
  });

  it('applies rules that span fields: an in-person forum needs a venue', () => {
    const forum = {
      title: 'Forum Konsultasi Publik Standar Pelayanan 2027',
      summary: 'Meninjau ulang standar pelayanan bersama pengguna layanan sebelum ditetapkan oleh Kepala Balai.',
      status: 'scheduled',
      start: '2027-02-10T09:00',
      end: '2027-02-10T12:00',
      mode: 'in-person',
      agenda: [{ item: 'Paparan' }],
      invited: ['Pelaku usaha'],
      participation: 'Daftar lewat WhatsApp kantor.',
      venue: { name: '', address: '', accessibility: '' },
    };
    expect(entryProblems('forums', forum)).toEqual([expect.stringMatching(/^Tempat: Forum tatap muka wajib punya tempat/)]);
  });
});
