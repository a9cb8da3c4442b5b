/**
 * Rules across fields are shown at the fields they concern, in the office's wording of dates,
 * and only where Decap does not already say the same thing.
 */
import { describe, expect, it } from 'vitest';
import { collectionFields } from '../../src/cms/config.ts';
import type { DecapField } from '../../src/cms/decap-fields.ts';
import { collectionFormat } from '../../src/cms/entry-file/collection-format.ts';
import { messagesForField, type FieldSpot } from '../../src/cms/field-rules.ts';
import { entryIssues } from '../../src/cms/validate-entry.ts';
import type { CollectionName } from '../../src/schema/index.ts';

const forum = {
  title: 'Forum Konsultasi Publik Standar Pelayanan 2027',
  summary: 'Meninjau ulang standar pelayanan bersama pengguna layanan sebelum ditetapkan oleh Kepala Balai.',
  status: 'scheduled',
  start: '2027-01-20T13:00',
  end: '2027-01-20T12:00',
  mode: 'in-person',
  agenda: [{ item: 'Paparan' }],
  invited: ['Pelaku usaha'],
  participation: 'Daftar lewat WhatsApp kantor.',
  venue: { name: '', address: '', accessibility: '' },
};

/** Every field of a form with a place for findings, by its path in the file. */
function spots(fields: readonly DecapField[], found = new Map<string, FieldSpot>()): Map<string, FieldSpot> {
  for (const field of fields) {
    if (field.schema_path) {
      found.set(field.schema_path, { schemaPath: field.schema_path, optionalInForm: field.required === false, itemsHaveBoxes: Boolean(field.field ?? field.fields) });
    }
    if (field.widget === 'object' && field.fields) spots(field.fields, found);
  }
  return found;
}

/** What each field of the form shows for `data` (the form's data), by path; fields showing nothing are left out. */
function shown(collection: CollectionName, data: Record<string, unknown>): Record<string, string[]> {
  const issues = entryIssues(collection, data, 'WIB');
  const result: Record<string, string[]> = {};
  for (const [path, spot] of spots(collectionFields(collection))) {
    const messages = messagesForField(issues, spot);
    if (messages.length) result[path] = messages;
  }
  return result;
}

describe('findings shown at their fields', () => {
  it('an end before the start is shown at "Selesai", with both times as the office writes them', () => {
    expect(shown('forums', { ...forum, mode: 'online', onlineLink: 'https://rapat.contoh.go.id/fkp' })).toEqual({
      end: ['Jam selesai (Rabu, 20 Januari 2027, 12.00 WIB) harus sesudah jam mulai (Rabu, 20 Januari 2027, 13.00 WIB).'],
    });
  });

  it('an in-person forum without a venue is shown at "Tempat"', () => {
    expect(shown('forums', { ...forum, end: '2027-01-20T15:00' })).toEqual({
      venue: ['Forum tatap muka wajib punya tempat. Isi nama tempat, alamat, dan aksesibilitasnya.'],
    });
  });

  it('a venue begun but not finished asks for its missing parts, each at its own field', () => {
    expect(shown('forums', { ...forum, end: '2027-01-20T15:00', venue: { name: 'Aula Dinas Kesehatan', address: '', accessibility: '' } })).toEqual({
      'venue.address': ['Alamat wajib diisi.'],
      'venue.accessibility': ['Aksesibilitas tempat wajib diisi.'],
    });
  });

  it('a photo without alt text is shown at the alt text', () => {
    const news = {
      title: 'Balai POM Latih 30 UMKM Membaca Label Pangan',
      date: '2026-01-15',
      author: 'Tim Infokom',
      summary: 'Tiga puluh pelaku UMKM pangan belajar membaca dan menyusun label pangan olahan yang benar bersama petugas.',
      image: { src: 'foto.jpg', alt: '' },
      body: 'Isi.',
    };
    expect(shown('news', news)).toEqual({ 'image.alt': ['Teks alternatif (deskripsi foto) wajib diisi.'] });
  });

  it('a topic too short in the comma-separated list is shown at the list, with its number', () => {
    const news = {
      title: 'Balai POM Latih 30 UMKM Membaca Label Pangan',
      date: '2026-01-15',
      author: 'Tim Infokom',
      summary: 'Tiga puluh pelaku UMKM pangan belajar membaca dan menyusun label pangan olahan yang benar bersama petugas.',
      tags: ['UMKM', 'X'],
      body: 'Isi.',
    };
    expect(shown('news', news)).toEqual({ tags: ['nomor 2: Terlalu pendek: paling sedikit 2 karakter (sekarang 1).'] });
  });

  it('leaves to Decap what Decap shows itself (a required field left empty)', () => {
    expect(shown('forums', { ...forum, end: '2027-01-20T15:00', title: '', venue: { name: 'Aula', address: 'Jl. Merdeka 1', accessibility: 'Jalan landai di pintu depan.' } })).toEqual({});
  });

  it('a service standard, in the parts of its form, needs a requirement somewhere', () => {
    const text = `---\n${[
      'title: Layanan Contoh',
      'summary: Ringkasan layanan contoh yang cukup panjang untuk memenuhi batas lima puluh karakter.',
      'audience: [Masyarakat umum]',
      'location: Loket layanan lantai 1.',
      'requirements: []',
      'procedure: [Datang ke loket.]',
      'timeLimit: { amount: 1, unit: hari-kerja }',
      'cost: { kind: free }',
      'products: [Jawaban tertulis]',
      'complaintHandling: Sampaikan lewat loket ULPK atau HALO BPOM 1500533.',
      'legalBasis: [UU Nomor 25 Tahun 2009]',
      'facilities: [Loket]',
      'competence: [Memahami layanan]',
      'internalSupervision: Kepala Balai memantau setiap minggu.',
      'staffing: 2 orang',
      'serviceGuarantee: Layanan sesuai standar yang ditetapkan.',
      'safetyGuarantee: Data pemohon dijaga kerahasiaannya.',
      'performanceEvaluation: Dinilai setiap semester oleh atasan.',
      'reviewedOn: "2026-01-10"',
    ].join('\n')}\n---\n`;
    const form = collectionFormat('services').fromFile(text) as Record<string, unknown>;
    expect(shown('services', form)).toEqual({
      requirements: ['Tulis paling sedikit satu persyaratan, di sini atau menurut jenis permohonan. Tulis "Tidak ada persyaratan khusus" bila memang tidak ada.'],
    });
    (form.whatToBring as Record<string, unknown>).requirementsByCase = [{ case: 'Permohonan baru', items: ['Surat permohonan'] }];
    expect(shown('services', form)).toEqual({});
  });
});
