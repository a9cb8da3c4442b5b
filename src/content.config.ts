/** Wires the content/ folders to the schema module. All rules live in src/schema. */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS, forumSchema, newsSchema, serviceSchema, settingsSchema, surveySchema } from './schema/index.ts';
import { bodiesRenderedAtSync } from './schema/bodies-rendered-at-sync.ts';

const from = (name: keyof typeof COLLECTIONS) =>
  bodiesRenderedAtSync(glob({ pattern: COLLECTIONS[name].pattern, base: `./${COLLECTIONS[name].folder}` }));

export const collections = {
  news: defineCollection({ loader: from('news'), schema: ({ image }) => newsSchema({ image }) }),
  services: defineCollection({ loader: from('services'), schema: serviceSchema() }),
  forums: defineCollection({
    loader: from('forums'),
    schema: ({ image }) => forumSchema({ image, serviceReference: () => reference('services') }),
  }),
  surveys: defineCollection({ loader: from('surveys'), schema: surveySchema() }),
  settings: defineCollection({ loader: from('settings'), schema: settingsSchema() }),
};
