/**
 * Which column holds which question. Headers are matched by meaning, not position: "U3",
 * "U3 Waktu penyelesaian", "Waktu penyelesaian" and the regulation's question ("Bagaimana
 * pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?") all find the same
 * element. A bare "U8" or "U9" is not enough: copies of PermenPAN-RB No. 14/2017 disagree on
 * which of the two is complaint handling and which is facilities (its list of elements puts
 * complaint handling 8th, its sample questionnaire asks about facilities 8th), so the editor
 * says which order the sheet follows.
 */
import { IKM_ELEMENT_KEYS, type IkmElement, type ProfileQuestion } from '../../../schema/surveys.ts';
import type { SheetCell } from '../scores.ts';
import type { BlockingProblem, ColumnQuestion } from './problems.ts';

/** How bare U8/U9 headers are read: by the regulation's list of elements, or by its questionnaire. */
export type NumberedOrder = 'elements-list' | 'questionnaire';

export type ColumnRole =
  | { kind: 'element'; element: IkmElement; byNumber: boolean }
  | { kind: 'profile'; question: ProfileQuestion }
  | { kind: 'service' }
  | { kind: 'ignored' };

export interface ColumnMatch {
  index: number;
  /** The spreadsheet's column letter: A, B, …, Z, AA. */
  letter: string;
  header: string;
  role: ColumnRole;
}

export interface ColumnReading {
  /** Index (0-based) of the header row in the sheet. */
  headerIndex: number;
  columns: ColumnMatch[];
  problems: BlockingProblem[];
  /** True when the sheet has a bare U8 or U9 header, whose reading depends on NumberedOrder. */
  hasNumberedU8U9: boolean;
}

const ELEMENT_WORDS: readonly [IkmElement, RegExp][] = [
  ['requirements', /\bpersyaratan\b/],
  ['procedure', /\b(prosedur|mekanisme)\b/],
  ['completionTime', /\b(waktu penyelesaian|kecepatan|jangka waktu|waktu pelayanan|ketepatan waktu)\b/],
  ['cost', /\b(biaya|tarif)\b/],
  ['productSpecification', /\bproduk\b/],
  ['staffCompetence', /\b(kompetensi|kemampuan)\b/],
  ['staffBehaviour', /\b(perilaku|kesopanan|keramahan)\b/],
  ['complaintHandling', /\bpengaduan\b/],
  ['facilities', /\b(sarana|prasarana)\b/],
];

const PROFILE_WORDS: readonly [ProfileQuestion, RegExp][] = [
  ['gender', /\b(jenis kelamin|kelamin|gender|l p)\b/],
  ['age', /\b(usia|umur)\b/],
  ['education', /\bpendidikan\b/],
  ['occupation', /\b(pekerjaan|profesi)\b/],
];

const SERVICE_WORDS = /^(jenis )?(layanan|pelayanan)\b|\bjenis (layanan|pelayanan)\b|\b(layanan|pelayanan) yang (diterima|digunakan|dipakai|diurus)\b/;

const NUMBERED = /^(?:u|unsur)\s*0?([1-9])\b\s*(.*)$/;

/** Lower case, no accents, punctuation as spaces: "U1. Persyaratan" → "u1 persyaratan". */
export function normaliseHeader(cell: SheetCell): string {
  if (cell === null || cell === undefined) return '';
  return String(cell)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^(u|unsur) (\d)\b/, '$1$2');
}

export function columnLetter(index: number): string {
  let letter = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}

function elementsNamedIn(text: string): IkmElement[] {
  return ELEMENT_WORDS.filter(([, words]) => words.test(text)).map(([element]) => element);
}

const byNumber = (order: NumberedOrder | undefined, number: number): IkmElement | undefined => {
  if (number <= 7) return IKM_ELEMENT_KEYS[number - 1];
  if (!order) return undefined;
  const listOrder = number === 8 ? 'complaintHandling' : 'facilities';
  const questionnaireOrder = number === 8 ? 'facilities' : 'complaintHandling';
  return order === 'elements-list' ? listOrder : questionnaireOrder;
};

interface HeaderReading {
  role: ColumnRole;
  ambiguous?: IkmElement[];
  numberedU8U9?: boolean;
}

function readHeader(text: string, order: NumberedOrder | undefined): HeaderReading {
  const numbered = NUMBERED.exec(text);
  const named = elementsNamedIn(numbered ? numbered[2]! : text);
  if (named.length > 1) return { role: { kind: 'ignored' }, ambiguous: named };
  if (named.length === 1) return { role: { kind: 'element', element: named[0]!, byNumber: false } };
  if (numbered) {
    const number = Number(numbered[1]);
    const element = byNumber(order, number);
    if (element) return { role: { kind: 'element', element, byNumber: number >= 8 }, numberedU8U9: number >= 8 };
    return { role: { kind: 'ignored' }, numberedU8U9: true };
  }
  const profile = PROFILE_WORDS.find(([, words]) => words.test(text));
  if (profile) return { role: { kind: 'profile', question: profile[0] } };
  if (SERVICE_WORDS.test(text)) return { role: { kind: 'service' } };
  return { role: { kind: 'ignored' } };
}

/** Title rows above the header are common in tallies: the header is the first row naming at least three elements. */
function findHeaderIndex(rows: readonly (readonly SheetCell[])[]): number {
  const scan = Math.min(rows.length, 20);
  for (let index = 0; index < scan; index++) {
    const elementColumns = rows[index]!.filter((cell) => readHeader(normaliseHeader(cell), 'elements-list').role.kind === 'element');
    if (elementColumns.length >= 3) return index;
  }
  return rows.findIndex((row) => row.some((cell) => normaliseHeader(cell) !== ''));
}

const questionOf = (role: ColumnRole): ColumnQuestion | IkmElement | undefined =>
  role.kind === 'element' ? role.element : role.kind === 'profile' ? role.question : role.kind === 'service' ? 'service' : undefined;

export function matchColumns(rows: readonly (readonly SheetCell[])[], order?: NumberedOrder): ColumnReading {
  const headerIndex = findHeaderIndex(rows);
  if (headerIndex === -1) return { headerIndex, columns: [], problems: [{ kind: 'no-header' }], hasNumberedU8U9: false };
  const problems: BlockingProblem[] = [];
  const numberedLetters: string[] = [];
  const columns: ColumnMatch[] = rows[headerIndex]!.map((cell, index) => {
    const header = cell === null || cell === undefined ? '' : String(cell).replace(/\s+/g, ' ').trim();
    const letter = columnLetter(index);
    const reading = readHeader(normaliseHeader(cell), order);
    if (reading.ambiguous) problems.push({ kind: 'ambiguous-header', letter, header, elements: reading.ambiguous });
    if (reading.numberedU8U9) numberedLetters.push(letter);
    return { index, letter, header, role: reading.role };
  });

  // The same header twice, or two headers for one question: which column counts is unclear.
  const byHeader = new Map<string, ColumnMatch[]>();
  const byQuestion = new Map<string, ColumnMatch[]>();
  for (const column of columns) {
    const question = questionOf(column.role);
    if (!question) continue;
    const key = normaliseHeader(column.header);
    byHeader.set(key, [...(byHeader.get(key) ?? []), column]);
    byQuestion.set(question, [...(byQuestion.get(question) ?? []), column]);
  }
  const duplicated = new Set<ColumnMatch>();
  for (const same of byHeader.values()) {
    if (same.length < 2) continue;
    problems.push({ kind: 'duplicate-header', header: same[0]!.header, letters: same.map((column) => column.letter) });
    same.forEach((column) => duplicated.add(column));
  }
  for (const [question, same] of byQuestion) {
    if (same.length < 2 || same.every((column) => duplicated.has(column))) continue;
    const letters = same.map((column) => column.letter);
    problems.push(
      (IKM_ELEMENT_KEYS as string[]).includes(question)
        ? { kind: 'element-twice', element: question as IkmElement, letters }
        : { kind: 'question-twice', question: question as ColumnQuestion, letters },
    );
  }

  if (numberedLetters.length && !order) problems.push({ kind: 'u8-u9-order-needed', letters: numberedLetters });
  const found = new Set(columns.map((column) => column.role).flatMap((role) => (role.kind === 'element' ? [role.element] : [])));
  for (const element of IKM_ELEMENT_KEYS) {
    const waitsForOrder = numberedLetters.length && !order && (element === 'complaintHandling' || element === 'facilities');
    if (!found.has(element) && !waitsForOrder) problems.push({ kind: 'missing-element', element });
  }
  return { headerIndex, columns, problems, hasNumberedU8U9: numberedLetters.length > 0 };
}
