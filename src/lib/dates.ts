/**
 * Indonesian date and time wording: "Senin, 10 Februari 2025" and "09.00 WITA".
 * Inputs are calendar-day strings (YYYY-MM-DD) or wall-clock strings (YYYY-MM-DDTHH:mm)
 * already in the office's zone, so no host time zone can shift them.
 */
import type { ZoneName } from './time-zones.ts';

const DAYS = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;
const MONTHS = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
] as const;

function parts(day: string): { year: number; month: number; date: number; weekday: number } {
  const [year, month, date] = day.slice(0, 10).split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, date)).getUTCDay();
  return { year, month, date, weekday };
}

/** "10 Februari 2025" */
export function formatDate(day: string): string {
  const { year, month, date } = parts(day);
  return `${date} ${MONTHS[month - 1]} ${year}`;
}

/** "Senin, 10 Februari 2025" */
export function formatDateWithDay(day: string): string {
  return `${DAYS[parts(day).weekday]}, ${formatDate(day)}`;
}

/** "Februari 2025" */
export function formatMonthYear(day: string): string {
  const { year, month } = parts(day);
  return `${MONTHS[month - 1]} ${year}`;
}

/** "09.00 WITA": Indonesian style uses a dot between hours and minutes. */
export function formatTime(local: string, zone: ZoneName): string {
  return `${local.slice(11, 13)}.${local.slice(14, 16)} ${zone}`;
}

/** "Selasa, 19 Juli 2022, 09.00 WITA" */
export function formatDateTime(local: string, zone: ZoneName): string {
  return `${formatDateWithDay(local)}, ${formatTime(local, zone)}`;
}

/**
 * "Selasa, 19 Juli 2022, 09.00": for messages written where the office's zone is not at hand
 * (the content check); pages and the editor name the zone with formatDateTime.
 */
export function formatDateTimeWithoutZone(local: string): string {
  return `${formatDateWithDay(local)}, ${local.slice(11, 13)}.${local.slice(14, 16)}`;
}

/**
 * A span within one day reads "Selasa, 19 Juli 2022, 09.00–12.00 WITA"; across days both
 * ends are written in full.
 */
export function formatDateTimeRange(start: string, end: string, zone: ZoneName): string {
  if (start.slice(0, 10) === end.slice(0, 10)) {
    return `${formatDateWithDay(start)}, ${start.slice(11, 13)}.${start.slice(14, 16)}–${formatTime(end, zone)}`;
  }
  return `${formatDateTime(start, zone)} sampai ${formatDateTime(end, zone)}`;
}

/** The year of a calendar day or wall-clock string. */
export function yearOf(day: string): number {
  return Number(day.slice(0, 4));
}
