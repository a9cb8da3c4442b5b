/**
 * The satisfaction survey page as a schema.org Dataset: the IKM per period, each period a part
 * with its own time span, index (on the regulation's 25–100 scale) and respondent count, all
 * computed from the same aggregates the page shows.
 */
import type { JsonLdNode, JsonLdReference } from './types.ts';

export interface SurveyPeriodFacts {
  title: string;
  start: string;
  end: string;
  index: number;
  grade: string;
  respondents: number;
}

export interface SurveyDatasetInput {
  url: string;
  name: string;
  description: string;
  periodName: (period: SurveyPeriodFacts) => string;
  indexName: string;
  respondentsName: string;
  method: string;
  periods: readonly SurveyPeriodFacts[];
  publisher: JsonLdReference;
}

export function surveyDataset(input: SurveyDatasetInput): JsonLdNode | undefined {
  const { periods } = input;
  if (!periods.length) return undefined;
  const index = (value: number) => ({ '@type': 'PropertyValue', name: input.indexName, value, minValue: 25, maxValue: 100 });
  return {
    '@type': 'Dataset',
    '@id': `${input.url}#survei`,
    url: input.url,
    name: input.name,
    description: input.description,
    inLanguage: 'id',
    isAccessibleForFree: true,
    creator: input.publisher,
    publisher: input.publisher,
    measurementTechnique: input.method,
    temporalCoverage: `${periods[0]!.start}/${periods.at(-1)!.end}`,
    variableMeasured: { '@type': 'PropertyValue', name: input.indexName, minValue: 25, maxValue: 100 },
    hasPart: periods.map((period) => ({
      '@type': 'Dataset',
      name: input.periodName(period),
      description: input.periodName(period),
      temporalCoverage: `${period.start}/${period.end}`,
      variableMeasured: [index(period.index), { '@type': 'PropertyValue', name: input.respondentsName, value: period.respondents }],
    })),
  };
}
