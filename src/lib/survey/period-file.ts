/**
 * The data file of one survey period, as the import command writes it: a new period gets its
 * title and dates from the period's name; an existing one keeps what editors wrote (title,
 * dates, population, follow-up plan) and only its results are replaced.
 */
import type { SurveyResults } from '../../schema/surveys.ts';
import type { SurveyPeriod } from './period.ts';

export interface PeriodFileInput {
  period: SurveyPeriod;
  results: SurveyResults;
  population?: number | undefined;
  /** The file's current data, when it exists and is being replaced. */
  existing?: Record<string, unknown> | undefined;
}

export function periodFileData({ period, results, population, existing }: PeriodFileInput): Record<string, unknown> {
  const base = existing ?? { title: period.title, start: period.start, end: period.end };
  const data: Record<string, unknown> = { title: base.title, start: base.start, end: base.end };
  const keptPopulation = population ?? base.population;
  if (keptPopulation !== undefined) data.population = keptPopulation;
  data.results = results;
  data.followUp = base.followUp ?? [];
  return data;
}
