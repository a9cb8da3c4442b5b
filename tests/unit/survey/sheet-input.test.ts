/**
 * Cells and files as they come: scores typed as numbers, text, letters or the questionnaire's
 * words; CSV with commas or semicolons; Excel .xlsx written by write-excel-file; files that are
 * not answer sheets. Also the small helpers: merging small groups and naming periods.
 */
import { describe, expect, test } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { parsePeriod } from '../../../src/lib/survey/period.ts';
import { readScore } from '../../../src/lib/survey/scores.ts';
import { analyzeSheetFile } from '../../../src/lib/survey/sheet/analyze.ts';
import { readSheetFile } from '../../../src/lib/survey/sheet/read-file.ts';
import { mergeSmallGroups } from '../../../src/lib/survey/small-groups.ts';
import { surveyImportText } from '../../../src/strings/survey-import.ts';

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
const arrayBuffer = (buffer: Buffer) => buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;

describe('one cell as a score', () => {
  test.each([
    [4, { kind: 'valid', score: 4 }],
    ['3', { kind: 'valid', score: 3 }],
    [' 2,0 ', { kind: 'valid', score: 2 }],
    ['b', { kind: 'valid', score: 2 }],
    ['c. Sesuai', { kind: 'valid', score: 3 }],
    ['Sangat sesuai', { kind: 'valid', score: 4 }],
    ['kurang puas', { kind: 'valid', score: 2 }],
    [null, { kind: 'blank' }],
    ['  ', { kind: 'blank' }],
    ['-', { kind: 'blank' }],
    [5, { kind: 'out-of-range', value: 5 }],
    [0, { kind: 'out-of-range', value: 0 }],
    ['3,5', { kind: 'out-of-range', value: 3.5 }],
    ['baik sekali', { kind: 'not-a-number', text: 'baik sekali' }],
    [true, { kind: 'not-a-number', text: 'TRUE' }],
  ])('%j in the requirements column reads as %j', (cell, reading) => {
    expect(readScore(cell, 'requirements')).toEqual(reading);
  });

  test("an element's own words count only for that element", () => {
    expect(readScore('Gratis', 'cost')).toEqual({ kind: 'valid', score: 4 });
    expect(readScore('Gratis', 'facilities')).toEqual({ kind: 'not-a-number', text: 'Gratis' });
    expect(readScore('Dikelola dengan baik', 'complaintHandling')).toEqual({ kind: 'valid', score: 4 });
  });
});

describe('files', () => {
  const HEADER = 'U1 Persyaratan;U2 Prosedur;U3 Waktu;U4 Biaya;U5 Produk;U6 Kompetensi;U7 Perilaku;U8 Pengaduan;U9 Sarana';

  test('a CSV with semicolons and a byte-order mark is read, with the spreadsheet row numbers', async () => {
    const csv = `\uFEFF${HEADER.replace('U3 Waktu', 'U3 Waktu penyelesaian')}\n4;4;4;4;4;4;4;4;4\n3;3;3;3;3;3;3;3;lima\n`;
    const analysis = await analyzeSheetFile(bytes(csv));
    expect(analysis.blocking).toEqual([]);
    expect(analysis.respondents).toBe(2);
    expect(analysis.rowProblems).toEqual([{ kind: 'not-a-number', row: 3, letter: 'I', header: 'U9 Sarana', text: 'lima' }]);
  });

  test('an Excel file is read with its numbers, text and empty cells, rows numbered as Excel shows them', async () => {
    const sheet = [
      [{ value: 'Rekap SKM' }],
      ['U1 Persyaratan', 'U2 Prosedur', 'U3 Waktu penyelesaian', 'U4 Biaya', 'U5 Produk', 'U6 Kompetensi', 'U7 Perilaku', 'U8 Pengaduan', 'U9 Sarana', 'Jenis kelamin'],
      [4, 4, 3, 4, 3, 4, 4, 3, 4, 'L'],
      [3, null, 5, 4, 3, 3, 4, 3, 3, 'P'],
    ];
    const file = await writeExcelFile(sheet as never).toBuffer();
    const analysis = await analyzeSheetFile(arrayBuffer(file));
    expect(analysis.headerRow).toBe(2);
    expect(analysis.respondents).toBe(2);
    expect(analysis.rowProblems).toEqual([{ kind: 'out-of-range', row: 4, letter: 'C', header: 'U3 Waktu penyelesaian', value: 5 }]);
    expect(analysis.results?.elements.completionTime).toBe(3);
    expect(analysis.results?.answers?.procedure).toEqual({ valid: 1, excluded: 1 });
  });

  test('an old .xls, a broken .xlsx, an empty file and a binary file are refused in Indonesian', async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).buffer;
    const brokenZip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]).buffer;
    const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]).buffer;
    const readings = await Promise.all([xls, brokenZip, new ArrayBuffer(0), binary].map((data) => readSheetFile(data)));
    const messages = readings.map((reading) => ('problem' in reading ? surveyImportText.blocking(reading.problem) : 'read'));
    expect(messages[0]).toMatch(/Excel lama \(\.xls\).*simpan sebagai Buku Kerja Excel \(\.xlsx\)/);
    expect(messages[1]).toMatch(/rusak atau tidak bisa dibaca/);
    expect(messages[2]).toMatch(/kosong/);
    expect(messages[3]).toMatch(/bukan lembar CSV atau Excel/);
  });
});

describe('merging small groups', () => {
  const merge = (entries: [string, number][]) => mergeSmallGroups(new Map(entries), { minimum: 5, otherLabel: 'Lainnya' }).groups;

  test('groups of five or more stay, largest first; smaller ones make "Lainnya", last', () => {
    expect(merge([['A', 5], ['B', 12], ['C', 3], ['D', 2]])).toEqual([
      { group: 'B', count: 12 },
      { group: 'A', count: 5 },
      { group: 'Lainnya', count: 5 },
    ]);
  });

  test('an answer "Lainnya" joins the merged group', () => {
    expect(merge([['A', 7], ['lainnya', 2], ['C', 3]])).toEqual([
      { group: 'A', count: 7 },
      { group: 'Lainnya', count: 5 },
    ]);
  });

  test('"Lainnya" below five takes in the smallest group, until it reaches five', () => {
    expect(merge([['A', 9], ['B', 6], ['C', 1]])).toEqual([
      { group: 'A', count: 9 },
      { group: 'Lainnya', count: 7 },
    ]);
  });

  test('fewer than five in total publishes nothing', () => {
    expect(merge([['A', 3], ['B', 1]])).toEqual([]);
  });
});

describe('periods of the import command', () => {
  test.each([
    ['2026', { slug: 'tahun-2026', title: 'Tahun 2026', start: '2026-01-01', end: '2026-12-31' }],
    ['2026-S1', { slug: 'semester-1-2026', title: 'Semester I 2026', start: '2026-01-01', end: '2026-06-30' }],
    ['2026-s2', { slug: 'semester-2-2026', title: 'Semester II 2026', start: '2026-07-01', end: '2026-12-31' }],
    ['2028-T1', { slug: 'triwulan-1-2028', title: 'Triwulan I 2028', start: '2028-01-01', end: '2028-03-31' }],
    ['2026-T4', { slug: 'triwulan-4-2026', title: 'Triwulan IV 2026', start: '2026-10-01', end: '2026-12-31' }],
  ])('%s', (text, period) => {
    expect(parsePeriod(text)).toEqual(period);
  });

  test('anything else is not a period', () => {
    for (const text of ['2026-S3', '2026-T5', 'S1-2026', '26', '2026-1']) expect(parsePeriod(text)).toBeUndefined();
  });
});
