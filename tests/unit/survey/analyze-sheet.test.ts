/**
 * A whole answer sheet, as rows of cells, to the report the editor confirms: bad answers
 * excluded with their row and column, empty rows rejected, aggregates that pass the schema,
 * and nothing about a single respondent in them.
 */
import { describe, expect, test } from 'vitest';
import { analyzeSheet } from '../../../src/lib/survey/sheet/analyze.ts';
import type { SheetCell } from '../../../src/lib/survey/scores.ts';
import { surveyResultsSchema } from '../../../src/schema/surveys.ts';
import { surveyImportText } from '../../../src/strings/survey-import.ts';

const HEADER = ['Cap waktu', 'Nama', 'Jenis kelamin', 'Usia', 'Pendidikan', 'Pekerjaan', 'Jenis layanan', 'U1 Persyaratan', 'U2 Prosedur', 'U3 Waktu penyelesaian', 'U4 Biaya/tarif', 'U5 Produk', 'U6 Kompetensi', 'U7 Perilaku', 'U8 Pengaduan', 'U9 Sarana'];

const person = (gender: string, age: SheetCell, education: string, occupation: string, service: string, scores: SheetCell[]): SheetCell[] => ['2026-03-02 09:15', 'Nama Responden', gender, age, education, occupation, service, ...scores];

// The hand-computed case of arithmetic.test.ts, as a sheet: a blank, a 5 and a text answer
// excluded, one row with no valid answer, and an empty row between the answers.
const HAND_COMPUTED: SheetCell[][] = [
  ['Rekap jawaban SKM Semester I 2026'],
  HEADER,
  person('L', 34, 'S1', 'Swasta', 'Sertifikasi', [4, 4, 3, 4, 3, 4, 4, 3, 4]),
  person('P', '41', 'SMA', 'Wirausaha', 'Sertifikasi', ['3', '3', '3', '4', '3', '3', '4', '3', '3']),
  person('Perempuan', 28, 's1', 'swasta', 'sertifikasi', [4, null, 2, 4, 3, 4, 4, 3, 4]),
  [null, null, null],
  person('Laki-laki', 52, 'D3', 'PNS', 'Pengujian', [2, 3, 3, 5, 3, 3, 3, 2, 3]),
  person('Pria', 23, 'S1', 'Swasta', 'Pengujian', ['d', 'Sangat mudah', 'sangat cepat', 'gratis', 4, 4, 4, 'dikelola dengan baik', 'sangat baik']),
  person('P', 30, 'S2', 'PNS', 'Pengujian', [null, null, null, null, null, null, null, null, null]),
  person('P', 30, 'S2', 'PNS', 'Pengujian', ['tidak tahu', null, 7, null, null, null, null, null, null]),
];

describe('reading a sheet into respondents', () => {
  const analysis = analyzeSheet(HAND_COMPUTED, {});

  test('counts the rows read, the respondents and every answer left out, with row and column', () => {
    expect(analysis.headerRow).toBe(2);
    expect(analysis.rowsRead).toBe(7);
    expect(analysis.respondents).toBe(5);
    expect(analysis.blocking).toEqual([]);
    expect(analysis.rowProblems).toEqual([
      { kind: 'out-of-range', row: 7, letter: 'K', header: 'U4 Biaya/tarif', value: 5 },
      { kind: 'rejected-row', row: 9, reason: 'all-blank' },
      { kind: 'not-a-number', row: 10, letter: 'H', header: 'U1 Persyaratan', text: 'tidak tahu' },
      { kind: 'out-of-range', row: 10, letter: 'J', header: 'U3 Waktu penyelesaian', value: 7 },
      { kind: 'rejected-row', row: 10, reason: 'no-valid' },
    ]);
  });

  test('computes the means and counts of the hand-computed case', () => {
    const results = analysis.results!;
    expect(results.respondents).toBe(5);
    expect(results.elements.requirements).toBe(17 / 5);
    expect(results.elements.procedure).toBe(14 / 4);
    expect(results.elements.cost).toBe(4);
    expect(results.answers?.procedure).toEqual({ valid: 4, excluded: 1 });
    expect(results.answers?.cost).toEqual({ valid: 4, excluded: 1 });
    expect(results.answers?.facilities).toEqual({ valid: 5, excluded: 0 });
  });

  test('publishes no group smaller than five: small groups merge into "Lainnya" or stay out', () => {
    const profile = analysis.results!.profile!;
    // 3 women and 2 men: neither group reaches five, and "Lainnya" alone would be every respondent.
    expect(profile.gender).toEqual([{ group: 'Lainnya', count: 5 }]);
    expect(profile.age).toEqual([{ group: 'Lainnya', count: 5 }]);
    // Services: Sertifikasi 3, Pengujian 2: both small, merged into one group of five.
    expect(analysis.results!.services).toEqual([{ name: 'Layanan lainnya', respondents: 5, elements: analysis.results!.elements }]);
  });

  test('the aggregates pass the survey schema and hold no name, no exact age and no timestamp', () => {
    expect(surveyResultsSchema().safeParse(analysis.results).success).toBe(true);
    const stored = JSON.stringify(analysis.results);
    for (const rowLevel of ['Nama Responden', '2026-03-02', '"34"', ':34', 'Sertifikasi', 'Pengujian']) expect(stored).not.toContain(rowLevel);
  });

  test('every problem reads as an Indonesian sentence naming its row and column', () => {
    const messages = analysis.rowProblems.map((problem) => surveyImportText.row(problem));
    expect(messages).toEqual([
      'Baris 7, kolom K (U4 Biaya/tarif): 5 di luar skala 1–4. Jawaban ini tidak dihitung.',
      'Baris 9: semua jawaban unsur kosong. Baris ini tidak dihitung sebagai responden.',
      'Baris 10, kolom H (U1 Persyaratan): "tidak tahu" bukan angka 1–4. Jawaban ini tidak dihitung.',
      'Baris 10, kolom J (U3 Waktu penyelesaian): 7 di luar skala 1–4. Jawaban ini tidak dihitung.',
      'Baris 10: tidak ada jawaban unsur yang sah. Baris ini tidak dihitung sebagai responden.',
    ]);
  });
});

describe('profile and services with enough respondents', () => {
  const rows: SheetCell[][] = [HEADER];
  const add = (count: number, gender: string, age: number, education: string, service: string) => {
    for (let i = 0; i < count; i++) rows.push(person(gender, age, education, 'Swasta', service, [4, 3, 4, 3, 4, 3, 4, 3, 4]));
  };
  add(12, 'L', 25, 'S1', 'Sertifikasi');
  add(9, 'P', 35, 'SMA', 'Sertifikasi');
  add(6, 'perempuan', 45, 'S2', 'Pendampingan UMKM');
  add(3, 'P', 65, 'SD', 'Pengujian');
  add(1, 'L', 19, 'SMP', 'Pengujian');
  const results = analyzeSheet(rows).results!;

  test('groups spellings, bands ages and keeps groups of five or more, the rest in "Lainnya"', () => {
    expect(results.profile?.gender).toEqual([
      { group: 'Perempuan', count: 18 },
      { group: 'Laki-laki', count: 13 },
    ]);
    // 60+ (3) and under 20 (1) make four, still too few: the smallest group of five or more
    // (40–49, six) joins them, so no group of "Lainnya" can point at three or four people.
    expect(results.profile?.age).toEqual([
      { group: '20–29 tahun', count: 12 },
      { group: '30–39 tahun', count: 9 },
      { group: 'Lainnya', count: 10 },
    ]);
    // Education levels keep their school order, not their size.
    expect(results.profile?.education).toEqual([
      { group: 'SMA', count: 9 },
      { group: 'S1', count: 12 },
      { group: 'Lainnya', count: 10 },
    ]);
  });

  test('services below five respondents are merged, with their means recomputed', () => {
    // Pengujian (4) is too small alone; with Pendampingan UMKM (6) it makes "Layanan lainnya".
    expect(results.services?.map((service) => [service.name, service.respondents])).toEqual([
      ['Sertifikasi', 21],
      ['Layanan lainnya', 10],
    ]);
    const others = results.services![1]!;
    expect(others.elements.requirements).toBe(4);
    expect(others.elements.procedure).toBe(3);
    expect(results.respondents).toBe(31);
  });
});

describe('sheets that cannot be used', () => {
  test('a missing element column blocks the import and says which', () => {
    const analysis = analyzeSheet([HEADER.filter((header) => header !== 'U5 Produk'), [1, 2]]);
    expect(analysis.results).toBeUndefined();
    expect(analysis.blocking).toEqual([{ kind: 'missing-element', element: 'productSpecification' }]);
    expect(surveyImportText.blocking(analysis.blocking[0]!)).toBe(
      'Kolom unsur Produk spesifikasi jenis pelayanan tidak ditemukan. Tambahkan kolom berjudul "Produk spesifikasi jenis pelayanan" berisi jawaban 1–4, atau ubah judul kolom yang ada agar menyebut nama unsur itu.',
    );
  });

  test('a duplicated header blocks the import and names both columns', () => {
    const analysis = analyzeSheet([[...HEADER, 'U3 Waktu penyelesaian']]);
    expect(analysis.blocking.map((problem) => surveyImportText.blocking(problem))).toEqual([
      'Judul kolom "U3 Waktu penyelesaian" muncul 2 kali (kolom J dan Q). Hapus kolom yang berlebih atau beri judul yang berbeda.',
    ]);
  });

  test('a sheet with only a header, and an element nobody answered, are both refused', () => {
    expect(analyzeSheet([HEADER]).blocking).toEqual([{ kind: 'no-responses' }]);
    const noCost = analyzeSheet([HEADER, person('L', 30, 'S1', 'PNS', 'Sertifikasi', [4, 4, 4, null, 4, 4, 4, 4, 4])]);
    expect(noCost.blocking).toEqual([{ kind: 'element-without-answers', element: 'cost', letter: 'K' }]);
  });
});
