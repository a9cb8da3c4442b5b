/** "5 hari kerja": a service time limit in words. */
import { TIME_UNITS, type TimeUnit } from '../schema/services.ts';

export function formatDuration(amount: number, unit: TimeUnit): string {
  return `${amount} ${TIME_UNITS[unit]}`;
}
