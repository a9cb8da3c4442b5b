/** Which column is which question: by U-number, by element name, by the regulation's question text. */
import { describe, expect, test } from 'vitest';
import { columnLetter, matchColumns, type ColumnRole } from '../../../src/lib/survey/sheet/columns.ts';
import type { SheetCell } from '../../../src/lib/survey/scores.ts';

const roles = (header: SheetCell[], order?: 'elements-list' | 'questionnaire') => matchColumns([header], order).columns.map((column) => column.role);
const elementOf = (role: ColumnRole | undefined) => (role?.kind === 'element' ? role.element : role?.kind);

const U_NAMED = ['U1 Persyaratan', 'U2 Prosedur', 'U3 Waktu penyelesaian', 'U4 Biaya/tarif', 'U5 Produk', 'U6 Kompetensi pelaksana', 'U7 Perilaku pelaksana', 'U8 Sarana dan prasarana', 'U9 Penanganan pengaduan'];

describe('column matching', () => {
  test('element names win over the U-number they follow', () => {
    const reading = matchColumns([U_NAMED]);
    expect(reading.problems).toEqual([]);
    expect(reading.columns.map((column) => elementOf(column.role))).toEqual([
      'requirements',
      'procedure',
      'completionTime',
      'cost',
      'productSpecification',
      'staffCompetence',
      'staffBehaviour',
      'facilities',
      'complaintHandling',
    ]);
  });

  test("the regulation's questions, as a Google Forms export titles its columns, find their elements", () => {
    const questions = [
      'Cap waktu',
      'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
      'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
      'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?',
      'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
      'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
      'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
      'Bagamana pendapat saudara perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
      'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?',
      'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?',
      'Jenis Kelamin',
      'Usia',
      'Pendidikan Terakhir',
      'Pekerjaan',
      'Jenis layanan yang diterima',
      'Saran dan masukan',
      'Nama',
    ];
    const found = roles(questions).map((role) => (role.kind === 'profile' ? role.question : elementOf(role)));
    expect(found).toEqual([
      'ignored',
      'requirements',
      'procedure',
      'completionTime',
      'cost',
      'productSpecification',
      'staffCompetence',
      'staffBehaviour',
      'facilities',
      'complaintHandling',
      'gender',
      'age',
      'education',
      'occupation',
      'service',
      'ignored',
      'ignored',
    ]);
  });

  test('bare U8 and U9 wait for the order the editor chooses', () => {
    const bare = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'];
    const unchosen = matchColumns([bare]);
    expect(unchosen.hasNumberedU8U9).toBe(true);
    expect(unchosen.problems).toEqual([{ kind: 'u8-u9-order-needed', letters: ['H', 'I'] }]);
    expect(roles(bare, 'elements-list').slice(7).map(elementOf)).toEqual(['complaintHandling', 'facilities']);
    expect(roles(bare, 'questionnaire').slice(7).map(elementOf)).toEqual(['facilities', 'complaintHandling']);
    expect(roles(bare, 'questionnaire').slice(0, 7).map(elementOf)).toEqual(['requirements', 'procedure', 'completionTime', 'cost', 'productSpecification', 'staffCompetence', 'staffBehaviour']);
  });

  test('the header row is found below title rows', () => {
    const reading = matchColumns([['REKAP SURVEI KEPUASAN MASYARAKAT'], [], ['No', ...U_NAMED], [1, 4, 4, 4, 4, 4, 4, 4, 4, 4]]);
    expect(reading.headerIndex).toBe(2);
    expect(reading.problems).toEqual([]);
  });

  test('a missing element, a duplicated header, two columns for one element and a header naming two elements are each reported', () => {
    const header = ['U1 Persyaratan', 'U2 Prosedur', 'U2 Prosedur', 'Biaya dan kecepatan waktu', 'U5 Produk', 'U6 Kompetensi', 'U7 Perilaku', 'Kualitas sarana', 'Sarana dan prasarana', 'U9 Pengaduan'];
    expect(matchColumns([header], 'elements-list').problems).toEqual([
      { kind: 'ambiguous-header', letter: 'D', header: 'Biaya dan kecepatan waktu', elements: ['completionTime', 'cost'] },
      { kind: 'duplicate-header', header: 'U2 Prosedur', letters: ['B', 'C'] },
      { kind: 'element-twice', element: 'facilities', letters: ['H', 'I'] },
      { kind: 'missing-element', element: 'completionTime' },
      { kind: 'missing-element', element: 'cost' },
    ]);
  });

  test('two columns for one profile question are reported', () => {
    const problems = matchColumns([[...U_NAMED, 'Pekerjaan', 'Pekerjaan lainnya']]).problems;
    expect(problems).toEqual([{ kind: 'question-twice', question: 'occupation', letters: ['J', 'K'] }]);
  });

  test('column letters run A…Z, AA…', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});
