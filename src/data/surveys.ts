/** IKM periods, oldest first, each with its computed index and grade. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { ikmResult, type IkmResult } from '../lib/ikm.ts';
import { once } from '../lib/once.ts';
import { IKM_ELEMENT_KEYS } from '../schema/index.ts';

export type SurveyEntry = CollectionEntry<'surveys'> & { result: IkmResult };

export const getSurveys = once(async (): Promise<SurveyEntry[]> =>
  (await getCollection('surveys'))
    .sort((a, b) => a.data.start.localeCompare(b.data.start))
    .map((entry) => ({ ...entry, result: ikmResult(IKM_ELEMENT_KEYS.map((key) => entry.data.elements[key])) })),
);
