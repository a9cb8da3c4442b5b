/**
 * The content schemas without Astro: a photo or document is the path written in the file,
 * and a reviewed service is its slug. The CMS form and its pre-save check use these; the
 * content check resolves the same paths and slugs against real files and entries.
 */
import { z } from 'zod';
import { fileBesideEntry, singleLine } from './fields.ts';
import { forumSchema } from './forums.ts';
import { newsSchema } from './news.ts';
import { serviceSchema } from './services.ts';
import { settingsSchema } from './settings.ts';
import { surveySchema } from './surveys.ts';

/** A photo as the editor names it: a file in the entry's own folder. */
const path = () => fileBesideEntry(z.string().trim().min(1));

export function plainSchemas() {
  return {
    news: newsSchema({ image: path }),
    services: serviceSchema(),
    forums: forumSchema({ image: path, serviceReference: () => singleLine(z.string().trim().min(1)) }),
    surveys: surveySchema(),
    settings: settingsSchema(),
  } satisfies Record<string, z.ZodType>;
}
