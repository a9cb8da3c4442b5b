/**
 * The schemas the editor checks entries with, built once per office zone: building a zod
 * schema costs far more than checking an entry, and the form checks on every save and blur.
 */
import type { CollectionName } from '../schema/index.ts';
import type { DateWords } from '../schema/fields.ts';
import { plainSchemas, type PlainSchemas } from '../schema/plain.ts';
import { formatDateTime, formatDateWithDay } from '../lib/dates.ts';
import type { ZoneName } from '../lib/time-zones.ts';
import { sectionsOf, type SectionPlan } from './form-sections.ts';

/** Dates in rules' messages as the office writes them: "Senin, 20 Januari 2027, 13.00 WIB". */
export function officeDates(zone: ZoneName): DateWords {
  return { day: formatDateWithDay, dateTime: (value) => formatDateTime(value, zone) };
}

const byZone = new Map<string, PlainSchemas>();

export function entrySchemas(zone?: ZoneName): PlainSchemas {
  const key = zone ?? '';
  let schemas = byZone.get(key);
  if (!schemas) {
    schemas = plainSchemas(zone ? officeDates(zone) : undefined);
    byZone.set(key, schemas);
  }
  return schemas;
}

const sections = new Map<CollectionName, SectionPlan[]>();

/** The parts of a collection's form (see form-sections.ts). */
export function entrySections(collection: CollectionName): SectionPlan[] {
  let plans = sections.get(collection);
  if (!plans) {
    plans = sectionsOf(entrySchemas()[collection]);
    sections.set(collection, plans);
  }
  return plans;
}
