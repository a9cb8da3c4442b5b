/**
 * Turns zod issues into sentences an editor understands: which field (by its Indonesian
 * label), what is wrong, and how to fix it (the field's own hint).
 */
import type { z } from 'zod';
import { fieldMeta, type FieldMeta } from '../schema/fields.ts';

export interface FieldProblem {
  /** Dotted technical path, e.g. image.alt or results.followUp.2.due */
  path: string;
  /** Human path of labels, e.g. Foto utama › Teks alternatif (deskripsi foto) */
  label: string;
  message: string;
  hint?: string | undefined;
}

type AnySchema = z.ZodType;

/** Descend through wrappers (optional, default, pipe, preprocess) to the schema that holds fields. */
function unwrap(schema: AnySchema): AnySchema {
  let current = schema;
  for (let guard = 0; guard < 20; guard++) {
    const def = current._zod.def as { type: string; innerType?: AnySchema; in?: AnySchema; out?: AnySchema };
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.in && def.out) current = (def.in._zod.def.type === 'transform' ? def.out : def.in) as AnySchema;
    else return current;
  }
  return current;
}

function child(schema: AnySchema, key: PropertyKey): AnySchema | undefined {
  const inner = unwrap(schema);
  const def = inner._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
  if (def.type === 'object' && def.shape && typeof key === 'string') return def.shape[key];
  if (def.type === 'array' && def.element) return def.element;
  return undefined;
}

export function describePath(
  root: AnySchema,
  path: readonly PropertyKey[],
): { labels: string[]; meta: FieldMeta | undefined; schema: AnySchema | undefined } {
  const labels: string[] = [];
  let current: AnySchema | undefined = root;
  let meta: FieldMeta | undefined;
  for (const key of path) {
    current = current ? child(current, key) : undefined;
    if (typeof key === 'number') {
      labels.push(`nomor ${key + 1}`);
      continue;
    }
    meta = current ? fieldMeta(current) : undefined;
    labels.push(meta?.label ?? String(key));
  }
  return { labels, meta, schema: current };
}

const TYPE_NAMES: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  boolean: 'pilihan ya/tidak',
  array: 'daftar',
  object: 'kelompok isian',
  date: 'tanggal',
  int: 'bilangan bulat (tanpa koma)',
};

/**
 * Zod 4 leaves the offending value out of an issue unless asked (`reportInput`), so a
 * missing value is also recognised from zod's own wording.
 */
function isMissing(issue: z.core.$ZodIssue): boolean {
  if ('input' in issue) return issue.input === undefined || issue.input === null;
  return /received (undefined|null)\b/.test(issue.message);
}

function describeIssue(issue: z.core.$ZodIssue, meta: FieldMeta | undefined): string {
  const received = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (isMissing(issue)) return 'wajib diisi.';
      return `harus berupa ${TYPE_NAMES[issue.expected] ?? issue.expected}.`;
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? 'wajib diisi.' : `terlalu pendek: paling sedikit ${min} karakter${typeof received === 'string' ? ` (sekarang ${received.length})` : ''}.`;
      if (issue.origin === 'array') return `paling sedikit ${min} isian.`;
      return issue.inclusive === false ? `harus lebih dari ${min}.` : `paling kecil ${min}.`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return `terlalu panjang: paling banyak ${max} karakter${typeof received === 'string' ? ` (sekarang ${received.length})` : ''}.`;
      if (issue.origin === 'array') return `paling banyak ${max} isian.`;
      return issue.inclusive === false ? `harus kurang dari ${max}.` : `paling besar ${max}.`;
    }
    case 'invalid_value': {
      const options = meta?.options ? Object.values(meta.options) : issue.values.map(String);
      return `"${String(received)}" bukan pilihan yang tersedia. Pilih salah satu: ${options.join('; ')}.`;
    }
    case 'invalid_format':
      return issue.message && !issue.message.startsWith('Invalid') ? issue.message : 'formatnya tidak sesuai.';
    case 'custom':
      return issue.message;
    default:
      return issue.message;
  }
}

/**
 * Validate content for editors: the offending value is kept in each issue so messages can
 * quote it ("sekarang 5 karakter", '"minggu" bukan pilihan').
 */
export function validateForEditors<T extends AnySchema>(schema: T, data: unknown) {
  return schema.safeParse(data, { reportInput: true });
}

export function toFieldProblems(root: AnySchema, error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => {
    const { labels, meta } = describePath(root, issue.path);
    const path = issue.path.map(String).join('.');
    const message = describeIssue(issue, meta);
    return {
      path,
      label: labels.length ? labels.join(' › ') : '(seluruh berkas)',
      message: message.charAt(0).toUpperCase() + message.slice(1),
      hint: [meta?.hint, meta?.requiredWhen].filter(Boolean).join(' ') || undefined,
    };
  });
}
