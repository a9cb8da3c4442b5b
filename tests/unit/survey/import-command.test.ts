/**
 * `npm run survey:import` end to end on a throwaway folder: it writes the period's YAML with
 * aggregates only, prints each bad answer with its row and column, refuses to replace a period
 * without --force, keeps the editors' follow-up plan when it does, and writes nothing when the
 * sheet cannot be used.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { parse } from 'yaml';
import { surveySchema } from '../../../src/schema/surveys.ts';
import { projectRoot } from '../../helpers/paths.ts';

const HEADER = ['Nama', 'No. HP', 'Jenis kelamin', 'Usia', 'U1 Persyaratan', 'U2 Prosedur', 'U3 Waktu penyelesaian', 'U4 Biaya/tarif', 'U5 Produk', 'U6 Kompetensi', 'U7 Perilaku', 'U8 Pengaduan', 'U9 Sarana dan prasarana'];

let folder: string;
const target = () => join(folder, 'content/surveys/semester-1-2026.yaml');

function run(...args: string[]) {
  const result = spawnSync(join(projectRoot, 'node_modules/.bin/node'), [join(projectRoot, 'scripts/survey-import.ts'), ...args], { cwd: folder, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'survey-import-'));
  const rows: unknown[][] = [HEADER];
  for (let index = 0; index < 40; index++) rows.push([`Responden ${index + 1}`, `0812000000${index}`, index % 2 ? 'P' : 'L', 20 + index, 4, 3, 3, 4, 3, 4, 4, 3, 3]);
  rows[3]![6] = 5; // row 4, column G
  rows[9]![4] = 'bagus'; // row 10, column E
  await writeExcelFile(rows as never).toFile(join(folder, 'jawaban.xlsx'));
  writeFileSync(join(folder, 'rusak.csv'), 'Nama,U1,U2\nA,4,4\n');
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('npm run survey:import', () => {
  test('writes the period with aggregates only, and names every bad answer', () => {
    const { status, output } = run('jawaban.xlsx', '--period', '2026-S1', '--population', '60');
    expect(status).toBe(0);
    expect(output).toContain('Baris 4, kolom G (U3 Waktu penyelesaian): 5 di luar skala 1–4. Jawaban ini tidak dihitung.');
    expect(output).toContain('Baris 10, kolom E (U1 Persyaratan): "bagus" bukan angka 1–4. Jawaban ini tidak dihitung.');
    expect(output).toContain('Tersimpan: content/surveys/semester-1-2026.yaml');
    expect(output).toContain('Sampel minimum untuk 60 pengguna layanan (Krejcie–Morgan): 52 responden. Jumlah responden belum memenuhi.');

    const text = readFileSync(target(), 'utf8');
    const data = surveySchema().parse(parse(text));
    expect(data).toMatchObject({ title: 'Semester I 2026', start: '2026-01-01', end: '2026-06-30', population: 60 });
    expect(data.results.respondents).toBe(40);
    expect(data.results.answers?.completionTime).toEqual({ valid: 39, excluded: 1 });
    expect(data.results.elements.completionTime).toBe(3);
    for (const rowLevel of ['Responden', '0812', 'bagus', 'Nama']) expect(text).not.toContain(rowLevel);
  });

  test('refuses to replace a period without --force, and keeps the follow-up plan with it', () => {
    const edited = readFileSync(target(), 'utf8').replace('followUp: []', 'followUp:\n  - "Menambah kursi tunggu di dekat loket."');
    writeFileSync(target(), edited);

    const refused = run('jawaban.xlsx', '--period', '2026-S1');
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('content/surveys/semester-1-2026.yaml sudah ada. Tambahkan --force untuk menggantinya');
    expect(readFileSync(target(), 'utf8')).toBe(edited);

    const replaced = run('jawaban.xlsx', '--period', '2026-S1', '--force');
    expect(replaced.status).toBe(0);
    const data = parse(readFileSync(target(), 'utf8'));
    expect(data.followUp).toEqual(['Menambah kursi tunggu di dekat loket.']);
    expect(data.population).toBe(60);
  });

  test('writes nothing from a sheet it cannot use, and says why', () => {
    const { status, output } = run('rusak.csv', '--period', '2025');
    expect(status).toBe(1);
    expect(output).toContain('Berkas jawaban belum bisa dipakai:');
    expect(output).toContain('Kolom unsur Waktu penyelesaian tidak ditemukan.');
    expect(existsSync(join(folder, 'content/surveys/tahun-2025.yaml'))).toBe(false);
  });
});
