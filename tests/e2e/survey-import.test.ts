/**
 * The survey import end to end, in one editor session: an editor picks a real-shaped Excel
 * export (300 answers, some of them bad) in the survey form, sees what was understood, cannot
 * save before confirming, confirms and publishes; the next build shows the computed figures.
 * The sheet never leaves the browser and no row of it reaches content/ or the site.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { parse } from 'yaml';
import { openEditor, publishNow, startEditorSite, writtenFile, type EditorSite } from '../helpers/cms-editor.ts';
import { buildSite } from '../helpers/site-copy.ts';

const QUESTIONS = [
  'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
  'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
  'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?',
  'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
  'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
  'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
  'Bagamana pendapat saudara perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
  'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?',
  'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?',
];
const HEADER = ['Cap waktu', 'Nama', 'Nomor WhatsApp', 'Jenis kelamin', 'Usia', 'Pendidikan terakhir', 'Pekerjaan', 'Jenis layanan yang diterima', ...QUESTIONS, 'Saran dan masukan'];
const FIRST_SCORE_COLUMN = 8; // column I
const SERVICES = ['Pengujian', 'Sertifikasi', 'Pendampingan UMKM', 'Pengaduan dan informasi'];
const PERIOD = { title: 'Semester II 2026', slug: 'semester-ii-2026', start: '2026-07-01', end: '2026-12-31', population: 1000 };

type Cell = string | number | Date | null;

/** 300 answers as a kiosk or Google Forms exports them, with a few mistakes typed in. */
function answerSheet(): Cell[][] {
  const rows: Cell[][] = [HEADER];
  for (let index = 0; index < 300; index++) {
    const scores: Cell[] = QUESTIONS.map((_, element) => 1 + ((index * 7 + element * 3 + (index % 5)) % 4 === 0 ? 1 : ((index + element) % 3) + 1));
    rows.push([
      new Date(Date.UTC(2026, 6, 1 + (index % 150), 8, index % 60)),
      `Responden Nomor ${index + 1}`,
      `08127700${String(index).padStart(4, '0')}`,
      index % 3 === 0 ? 'L' : 'Perempuan',
      18 + ((index * 13) % 50),
      ['SMA', 'S1', 'D3', 'S2'][index % 4]!,
      ['Swasta', 'PNS', 'Wirausaha', 'Pelajar/Mahasiswa'][index % 4]!,
      index === 299 ? 'Surat keterangan ekspor' : SERVICES[index % 4]!,
      ...scores,
      `Saran khusus responden ${index + 1}: antrean loket ${index % 7}`,
    ]);
  }
  const cell = (row: number, column: number, value: Cell) => (rows[row - 1]![column] = value);
  cell(12, FIRST_SCORE_COLUMN + 3, 5); // row 12, column L: a 5
  cell(40, FIRST_SCORE_COLUMN + 7, 'baik sekali'); // row 40, column P: text
  cell(77, FIRST_SCORE_COLUMN, null); // row 77, column I: blank
  cell(150, FIRST_SCORE_COLUMN + 8, 0); // row 150, column Q: a 0
  for (let column = FIRST_SCORE_COLUMN; column < FIRST_SCORE_COLUMN + 9; column++) cell(201, column, null); // row 201: no answer at all
  return rows;
}

/** The regulation's arithmetic, written out independently of the portal's code. */
function expectedFigures(rows: Cell[][]) {
  const answered = rows.slice(1).filter((row) => QUESTIONS.some((_, element) => [1, 2, 3, 4].includes(row[FIRST_SCORE_COLUMN + element] as number)));
  const means = QUESTIONS.map((_, element) => {
    const valid = answered.map((row) => row[FIRST_SCORE_COLUMN + element]).filter((value): value is number => [1, 2, 3, 4].includes(value as number));
    return valid.reduce((sum, value) => sum + value, 0) / valid.length;
  });
  const index = Math.round((means.reduce((sum, mean) => sum + mean, 0) / means.length) * 25 * 100) / 100;
  return { respondents: answered.length, index, means };
}

const decimal = (value: number, digits: number) => new Intl.NumberFormat('id-ID', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);

/** Strings only a row of the sheet holds. */
const ROW_LEVEL = ['Responden Nomor', '08127700', 'Saran khusus', 'antrean loket', 'baik sekali', '.000Z'];

let editor: EditorSite;
let sheetFolder: string;
const sheet = () => join(sheetFolder, 'jawaban-skm-semester-ii-2026.xlsx');
const rows = answerSheet();
const expected = expectedFigures(rows);
const requestBodies: string[] = [];
/** A full build of the copy, with every gate, on a machine that may be busy. */
const BUILD_TIMEOUT = 900_000;

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

beforeAll(async () => {
  sheetFolder = mkdtempSync(join(tmpdir(), 'survey-sheet-'));
  await writeExcelFile(rows as never, { dateFormat: 'dd/mm/yyyy hh:mm' }).toFile(sheet());
  editor = await startEditorSite();
}, BUILD_TIMEOUT);

afterAll(async () => {
  await editor?.stop();
  rmSync(sheetFolder, { recursive: true, force: true });
});

describe('importing survey answers in the editor', () => {
  it('reads the sheet in the browser, waits for confirmation, and saves aggregates only', async () => {
    const page = await openEditor(editor, '/collections/surveys/new');
    page.on('request', (request) => requestBodies.push(request.postData() ?? ''));
    await page.getByLabel('Nama periode', { exact: true }).fill(PERIOD.title);
    await page.getByLabel('Awal periode', { exact: true }).fill(PERIOD.start);
    await page.getByLabel('Akhir periode', { exact: true }).fill(PERIOD.end);
    await page.getByLabel('Jumlah pengguna layanan (populasi) (boleh dikosongkan)', { exact: true }).fill(String(PERIOD.population));
    // No box is read out by Decap's widget name ("Isian survey-import"); the import's own box included.
    expect(await page.locator('[aria-label^="Isian "]').count()).toBe(0);
    await page.locator('input[type="file"]').setInputFiles(sheet());

    const report = page.getByRole('region', { name: 'Isi berkas jawaban-skm-semester-ii-2026.xlsx' });
    await report.waitFor();
    const reportText = await report.innerText();
    expect(reportText).toMatch(/Baris jawaban dibaca\s+300/);
    expect(reportText).toMatch(new RegExp(`Responden dihitung\\s+${expected.respondents}`));
    for (const line of [
      'Baris 12, kolom L (Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?): 5 di luar skala 1–4.',
      'Baris 40, kolom P (Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?): "baik sekali" bukan angka 1–4.',
      'Baris 201: semua jawaban unsur kosong. Baris ini tidak dihitung sebagai responden.',
    ]) {
      expect(reportText).toContain(line);
    }

    // Nothing is written before the editor confirms.
    await publishNow(page);
    await page.getByText('Hasil impor belum dipakai').first().waitFor();
    expect(readdirSync(join(editor.site.root, 'content/surveys'))).not.toContain(`${PERIOD.slug}.yaml`);

    await page.getByRole('button', { name: 'Pakai hasil ini' }).click();
    await publishNow(page);
    const file = join(editor.site.root, 'content/surveys', `${PERIOD.slug}.yaml`);
    await writtenFile(file, (text) => Number(parse(text)?.results?.respondents) > 0);

    const data = parse(readFileSync(file, 'utf8'));
    expect(data.population).toBe(PERIOD.population);
    expect(data.results.respondents).toBe(expected.respondents);
    expect(data.results.elements.requirements).toBeCloseTo(expected.means[0]!, 10);
    expect(data.results.answers.cost).toEqual({ valid: expected.respondents - 1, excluded: 1 });
    await page.close();
  });

  it('kept every row of the sheet out of content/, the requests and the site', async () => {
    const { root } = editor.site;
    const contentFiles = filesUnder(join(root, 'content'));
    expect(contentFiles.filter((path) => /\.(xlsx|csv)$/i.test(path))).toEqual([]);
    for (const path of contentFiles) {
      const text = readFileSync(path, 'utf8');
      for (const rowLevel of ROW_LEVEL) expect(text.includes(rowLevel), `${path} holds "${rowLevel}"`).toBe(false);
    }
    for (const body of requestBodies) for (const rowLevel of ROW_LEVEL) expect(body).not.toContain(rowLevel);
    expect([...editor.requestedOrigins].every((origin) => origin.startsWith('http://127.0.0.1:'))).toBe(true);

    buildSite(root, 'dist-after');
    const html = readFileSync(join(root, 'dist-after/survei-kepuasan/index.html'), 'utf8');
    expect(html).toContain(PERIOD.title);
    expect(html).toContain(decimal(expected.index, 2));
    expect(html).toContain(`${decimal(expected.respondents, 0)} responden dari ${decimal(PERIOD.population, 0)} pengguna layanan`);
    expect(html).toContain('sampel paling sedikit 278 responden');
    for (const rowLevel of ROW_LEVEL) expect(html).not.toContain(rowLevel);
    const home = readFileSync(join(root, 'dist-after/index.html'), 'utf8');
    expect(home).toContain(decimal(expected.index, 2));
  }, BUILD_TIMEOUT);
});
