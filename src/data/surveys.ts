/** IKM periods, oldest first, each with its computed index, grade and report. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { IkmResult } from '../lib/ikm.ts';
import { once } from '../lib/once.ts';
import { surveyReport, type SurveyReport } from '../lib/survey/report.ts';

export type SurveyEntry = CollectionEntry<'surveys'> & { result: IkmResult; report: SurveyReport };

export const getSurveys = once(async (): Promise<SurveyEntry[]> =>
  (await getCollection('surveys'))
    .sort((a, b) => a.data.start.localeCompare(b.data.start))
    .map((entry) => {
      const report = surveyReport(entry.data);
      return { ...entry, result: report.result, report };
    }),
);
