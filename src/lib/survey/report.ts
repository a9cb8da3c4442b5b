/**
 * Everything a survey period's page shows that is computed from its stored aggregates: the
 * index and grade, the weakest elements, the result of each service, the profile with shares,
 * and whether the sample reaches the Krejcie–Morgan minimum for the population.
 */
import { IKM_ELEMENT_KEYS, PROFILE_QUESTION_KEYS, type IkmElement, type ProfileQuestion, type SurveyData } from '../../schema/surveys.ts';
import { ikmResult, type IkmResult } from '../ikm.ts';
import { sampleAdequacy, type SampleAdequacy } from './sample-size.ts';
import { weakestElements } from './weakest.ts';

export interface ServiceResult {
  name: string;
  respondents: number;
  result: IkmResult;
}

export interface ProfileShare {
  group: string;
  count: number;
  /** Share of all respondents, in percent. */
  share: number;
}

export interface SurveyReport {
  result: IkmResult;
  weakest: IkmElement[];
  /** Absent when the editor did not enter the population. */
  sample: SampleAdequacy | undefined;
  services: ServiceResult[];
  profile: { question: ProfileQuestion; groups: ProfileShare[] }[];
}

const meansOf = (elements: Record<IkmElement, number>) => IKM_ELEMENT_KEYS.map((key) => elements[key]);

export function surveyReport(data: Pick<SurveyData, 'results' | 'population'>): SurveyReport {
  const { results, population } = data;
  return {
    result: ikmResult(meansOf(results.elements)),
    weakest: weakestElements(results.elements),
    sample: population ? sampleAdequacy(results.respondents, population) : undefined,
    services: (results.services ?? []).map((service) => ({ name: service.name, respondents: service.respondents, result: ikmResult(meansOf(service.elements)) })),
    profile: PROFILE_QUESTION_KEYS.flatMap((question) => {
      const groups = results.profile?.[question];
      if (!groups) return [];
      return [{ question, groups: groups.map((group) => ({ ...group, share: (group.count / results.respondents) * 100 })) }];
    }),
  };
}
