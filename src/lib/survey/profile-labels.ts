/**
 * Profile answers turned into the groups the portal publishes. Ages are put in ten-year bands
 * (an exact age is too close to the person); gender, education and occupation codes are
 * written one way ("L", "laki-laki" and "Pria" are one group); any other answer keeps its own
 * words and is grouped regardless of case and spacing.
 */
import { surveyText } from '../../strings/survey.ts';
import type { ProfileQuestion } from '../../schema/surveys.ts';
import type { SheetCell } from './scores.ts';

const { groups } = surveyText;

const KNOWN: Record<ProfileQuestion | 'service', Record<string, string>> = {
  gender: {
    l: groups.male,
    'laki-laki': groups.male,
    'laki laki': groups.male,
    lelaki: groups.male,
    pria: groups.male,
    p: groups.female,
    perempuan: groups.female,
    wanita: groups.female,
  },
  age: {},
  education: {
    sd: 'SD',
    smp: 'SMP',
    sltp: 'SMP',
    sma: 'SMA',
    slta: 'SMA',
    smk: 'SMK',
    d1: 'D1',
    d2: 'D2',
    d3: 'D3',
    d4: 'D4',
    s1: 'S1',
    s2: 'S2',
    s3: 'S3',
  },
  occupation: {
    pns: 'PNS',
    asn: 'ASN',
    tni: 'TNI',
    polri: 'POLRI',
    'tni/polri': 'TNI/POLRI',
    swasta: 'Swasta',
    wirausaha: 'Wirausaha',
    wiraswasta: 'Wiraswasta',
    'pelajar/mahasiswa': 'Pelajar/Mahasiswa',
    lainnya: groups.other,
  },
  service: {},
};

/** Age bands in publishing order. */
export const AGE_BANDS: readonly string[] = groups.ageBands.map((band) => band.label);

/** Education levels in publishing order; other answers follow, largest first. */
export const EDUCATION_ORDER: readonly string[] = ['SD', 'SMP', 'SMA', 'SMK', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3'];

/** The grouping key of a free-text answer: case and spacing do not make a new group. */
export function groupKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

function ageBand(age: number): string | undefined {
  if (!Number.isFinite(age) || age < 10 || age > 120) return undefined;
  return groups.ageBands.find((band) => age >= band.from && age <= band.to)?.label;
}

export type ProfileReading = { kind: 'answer'; label: string } | { kind: 'blank' } | { kind: 'invalid-age'; text: string };

/** One profile (or service) cell as the label of its group. */
export function readProfileAnswer(question: ProfileQuestion | 'service', cell: SheetCell): ProfileReading {
  if (cell === null || cell === undefined || cell === '') return { kind: 'blank' };
  const text = cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).replace(/\s+/g, ' ').trim();
  if (text === '' || text === '-') return { kind: 'blank' };
  if (question === 'age' && /^\d+([.,]\d+)?$/.test(text)) {
    const band = ageBand(Math.floor(Number(text.replace(',', '.'))));
    return band ? { kind: 'answer', label: band } : { kind: 'invalid-age', text };
  }
  return { kind: 'answer', label: KNOWN[question][groupKey(text)] ?? text };
}
