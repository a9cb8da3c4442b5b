/**
 * An answer sheet's bytes as rows of cells, in the browser (the editor's import) and in Node
 * (the import command) alike: Excel .xlsx through read-excel-file's universal build, CSV
 * through papaparse (which guesses the comma or semicolon Indonesian spreadsheets use).
 * The kind is told from the first bytes, not the file name, since kiosks name exports
 * freely; that needs four bytes, so no file-type detection library is pulled in for it.
 */
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/universal';
import type { SheetCell } from '../scores.ts';
import type { BlockingProblem } from './problems.ts';

export type SheetRows = SheetCell[][];

export type SheetFileReading = { rows: SheetRows } | { problem: BlockingProblem };

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, index) => bytes[index] === byte);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];

async function readXlsx(bytes: ArrayBuffer): Promise<SheetFileReading> {
  try {
    return { rows: (await readSheet(bytes)) as SheetRows };
  } catch {
    return { problem: { kind: 'unreadable-file', reason: 'broken' } };
  }
}

function readCsv(bytes: Uint8Array): SheetFileReading {
  if (bytes.includes(0)) return { problem: { kind: 'unreadable-file', reason: 'not-a-sheet' } };
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false, delimitersToGuess: [',', ';', '\t', '|'] });
  return { rows: parsed.data };
}

export async function readSheetFile(data: ArrayBuffer): Promise<SheetFileReading> {
  const bytes = new Uint8Array(data);
  if (bytes.length === 0) return { problem: { kind: 'unreadable-file', reason: 'empty' } };
  if (startsWith(bytes, ZIP)) return readXlsx(data);
  if (startsWith(bytes, OLE2)) return { problem: { kind: 'unreadable-file', reason: 'xls' } };
  return readCsv(bytes);
}
