/**
 * From the respondents' answers to the aggregates a survey period publishes: the nine element
 * means with their answer counts, the respondent count, results per service, and the profile
 * in groups of at least MIN_GROUP respondents. Nothing about a single respondent survives.
 */
import { IKM_ELEMENT_KEYS, MIN_GROUP, type IkmElement, type ProfileQuestion, type SurveyResults } from '../../schema/surveys.ts';
import { surveyText } from '../../strings/survey.ts';
import { completeMeans, elementStats, type ElementStats } from './element-stats.ts';
import { AGE_BANDS, EDUCATION_ORDER, groupKey } from './profile-labels.ts';
import { mergeSmallGroups } from './small-groups.ts';
import type { SurveyResponse } from './types.ts';

export type ResultsNotice =
  /** Too few respondents in total to publish a profile question without singling anyone out. */
  | { kind: 'profile-withheld'; question: ProfileQuestion }
  /** A service group left out because an element has no valid answer in it. */
  | { kind: 'service-without-element'; service: string; element: IkmElement };

export interface ResultsOutcome {
  /** Undefined when there is no respondent, or an element has no valid answer at all. */
  results: SurveyResults | undefined;
  stats: Record<IkmElement, ElementStats>;
  notices: ResultsNotice[];
}

export interface AskedQuestions {
  profile: readonly ProfileQuestion[];
  service: boolean;
}

const ORDER: Partial<Record<ProfileQuestion, readonly string[]>> = { age: AGE_BANDS, education: EDUCATION_ORDER };

/**
 * Free-text answers grouped regardless of case and spacing; each group is published under the
 * spelling most respondents used (the first one seen on a tie).
 */
function countByLabel(labels: readonly string[]): { counts: Map<string, number>; labelOf: (text: string) => string } {
  const spellings = new Map<string, Map<string, number>>();
  for (const label of labels) {
    const key = groupKey(label);
    const forKey = spellings.get(key) ?? new Map<string, number>();
    forKey.set(label, (forKey.get(label) ?? 0) + 1);
    spellings.set(key, forKey);
  }
  const published = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const [key, forKey] of spellings) {
    let best = '';
    let bestCount = 0;
    let total = 0;
    for (const [spelling, count] of forKey) {
      total += count;
      if (count > bestCount) [best, bestCount] = [spelling, count];
    }
    published.set(key, best);
    counts.set(best, total);
  }
  return { counts, labelOf: (text) => published.get(groupKey(text)) ?? text };
}

function profileOf(responses: readonly SurveyResponse[], asked: readonly ProfileQuestion[], notices: ResultsNotice[]): SurveyResults['profile'] {
  const profile: NonNullable<SurveyResults['profile']> = {};
  for (const question of asked) {
    const { counts } = countByLabel(responses.map((response) => response.profile[question] ?? surveyText.groups.notAnswered));
    const order = ORDER[question] ? [...ORDER[question], surveyText.groups.notAnswered] : [];
    const { groups } = mergeSmallGroups(counts, { minimum: MIN_GROUP, otherLabel: surveyText.groups.other, order });
    if (groups.length) profile[question] = groups;
    else notices.push({ kind: 'profile-withheld', question });
  }
  return Object.keys(profile).length ? profile : undefined;
}

function servicesOf(responses: readonly SurveyResponse[], notices: ResultsNotice[]): SurveyResults['services'] {
  const named = responses.map((response) => response.service ?? surveyText.groups.notAnswered);
  const { counts, labelOf } = countByLabel(named);
  const { groups, mergedInto } = mergeSmallGroups(counts, { minimum: MIN_GROUP, otherLabel: surveyText.groups.otherServices });
  const members = new Map<string, SurveyResponse[]>(groups.map((group) => [group.group, []]));
  responses.forEach((response, index) => {
    const target = mergedInto.get(labelOf(named[index]!));
    if (target) members.get(target)?.push(response);
  });
  const services: NonNullable<SurveyResults['services']> = [];
  for (const { group } of groups) {
    const inGroup = members.get(group) ?? [];
    const stats = elementStats(inGroup);
    const means = completeMeans(stats);
    if (means) services.push({ name: group, respondents: inGroup.length, elements: means });
    else notices.push({ kind: 'service-without-element', service: group, element: IKM_ELEMENT_KEYS.find((key) => stats[key].valid === 0)! });
  }
  return services.length ? services : undefined;
}

export function buildResults(responses: readonly SurveyResponse[], asked: AskedQuestions): ResultsOutcome {
  const stats = elementStats(responses);
  const means = completeMeans(stats);
  const notices: ResultsNotice[] = [];
  if (!responses.length || !means) return { results: undefined, stats, notices };
  const answers = Object.fromEntries(IKM_ELEMENT_KEYS.map((key) => [key, { valid: stats[key].valid, excluded: stats[key].excluded }])) as NonNullable<
    SurveyResults['answers']
  >;
  const results: SurveyResults = { respondents: responses.length, elements: means, answers };
  const services = asked.service ? servicesOf(responses, notices) : undefined;
  if (services) results.services = services;
  const profile = profileOf(responses, asked.profile, notices);
  if (profile) results.profile = profile;
  return { results, stats, notices };
}
