/**
 * The content schemas without Astro: a photo or document is the path written in the file,
 * and a reviewed service is its slug. The CMS form and its pre-save check use these; the
 * content check resolves the same paths and slugs against real files and entries.
 */
import { z } from 'zod';
import { DATES_AS_STORED, fileBesideEntry, singleLine, type DateWords } from './fields.ts';
import { forumSchema } from './forums.ts';
import { newsSchema } from './news.ts';
import { serviceSchema } from './services.ts';
import { settingsSchema } from './settings.ts';
import { surveySchema } from './surveys.ts';

/** A photo as the editor names it: a file in the entry's own folder. */
const path = () => fileBesideEntry(z.string().trim().min(1));

/** `dates` chooses how rules across fields quote dates (the editor passes the office's wording). */
export function plainSchemas(dates: DateWords = DATES_AS_STORED) {
  return {
    news: newsSchema({ image: path, dates }),
    services: serviceSchema(),
    forums: forumSchema({ image: path, serviceReference: () => singleLine(z.string().trim().min(1)), dates }),
    surveys: surveySchema({ dates }),
    settings: settingsSchema(),
  } satisfies Record<string, z.ZodType>;
}

export type PlainSchemas = ReturnType<typeof plainSchemas>;
