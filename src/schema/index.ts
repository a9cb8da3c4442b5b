/**
 * The content model in one place: every collection, the folder it lives in and its schema.
 * The build (src/content.config.ts), the content checker and the CMS generator all start here.
 */
export { newsSchema, NEWS_SUMMARY_MAX, type NewsData } from './news.ts';
export { serviceSchema, SERVICE_SECTIONS, TIME_UNITS, COST_KINDS, type ServiceData, type TimeUnit } from './services.ts';
export { forumSchema, FORUM_MODES, FORUM_STATUSES, type ForumData, type ForumMode, type ForumStatus } from './forums.ts';
export {
  surveySchema,
  surveyResultsSchema,
  IKM_ELEMENTS,
  IKM_ELEMENT_KEYS,
  PROFILE_QUESTIONS,
  PROFILE_QUESTION_KEYS,
  MIN_GROUP,
  type IkmElement,
  type ProfileQuestion,
  type SurveyData,
  type SurveyResults,
} from './surveys.ts';
export { settingsSchema, OFFICE_KINDS, TIME_ZONES, SOCIAL_NETWORKS, INTEGRITY_ZONE_STAGES, type SettingsData, type TimeZoneName } from './settings.ts';
export { field, fieldMeta, DATES_AS_STORED, type DateWords, type FieldMeta, type FormSection, type Widget } from './fields.ts';
export { photoSchema, PHOTO_TYPES, PHOTO_MAX_KB, type ImageHelper } from './image.ts';

/** Where each collection lives, relative to the project root, and how its files look. */
export const COLLECTIONS = {
  news: { folder: 'content/news', pattern: '**/*.mdx', label: 'Berita' },
  services: { folder: 'content/services', pattern: '*.mdx', label: 'Standar Pelayanan' },
  forums: { folder: 'content/forums', pattern: '**/*.mdx', label: 'Forum Konsultasi Publik' },
  surveys: { folder: 'content/surveys', pattern: '*.yaml', label: 'Survei Kepuasan Masyarakat' },
  settings: { folder: 'content/settings', pattern: 'office.yaml', label: 'Pengaturan Kantor' },
} as const;
export type CollectionName = keyof typeof COLLECTIONS;
