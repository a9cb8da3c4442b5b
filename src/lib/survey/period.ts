/**
 * A survey period as the import command names it: "2026" (a year), "2026-S1"/"2026-S2"
 * (a semester) or "2026-T1"…"2026-T4" (a quarter, triwulan). From it come the file name
 * (content/surveys/semester-1-2026.yaml, as the existing periods are named), the title and
 * the first and last day.
 */
import { surveyText } from '../../strings/survey.ts';

export interface SurveyPeriod {
  slug: string;
  title: string;
  start: string;
  end: string;
}

const LAST_DAY = ['', '31', '28', '31', '30', '31', '30', '31', '31', '30', '31', '30', '31'];

function lastDay(year: number, month: number): string {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? '29' : LAST_DAY[month]!;
}

const pad = (month: number) => String(month).padStart(2, '0');

function span(year: number, firstMonth: number, lastMonth: number) {
  return { start: `${year}-${pad(firstMonth)}-01`, end: `${year}-${pad(lastMonth)}-${lastDay(year, lastMonth)}` };
}

export function parsePeriod(text: string): SurveyPeriod | undefined {
  const match = /^(\d{4})(?:-([ST])([1-4]))?$/i.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const kind = match[2]?.toUpperCase();
  const part = Number(match[3]);
  if (!kind) return { slug: `tahun-${year}`, title: surveyText.periods.year(year), ...span(year, 1, 12) };
  if (kind === 'S') {
    if (part > 2) return undefined;
    const half = part as 1 | 2;
    return { slug: `semester-${half}-${year}`, title: surveyText.periods.semester(half, year), ...span(year, half === 1 ? 1 : 7, half === 1 ? 6 : 12) };
  }
  const quarter = part as 1 | 2 | 3 | 4;
  return { slug: `triwulan-${quarter}-${year}`, title: surveyText.periods.quarter(quarter, year), ...span(year, quarter * 3 - 2, quarter * 3) };
}
