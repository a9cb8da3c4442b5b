/**
 * Builds Decap CMS's whole configuration from the schema module: one collection per entry of
 * COLLECTIONS, its fields generated from the collection's schema. Nothing here lists a field.
 */
import { COLLECTIONS, FORUM_STATUSES, type CollectionName } from '../schema/index.ts';
import type { ZoneName } from '../lib/time-zones.ts';
import { cms } from '../strings/cms.ts';
import { bodyEditorText } from '../strings/body-media.ts';
import type { BackendSettings } from './backend.ts';
import { BODY_COMPONENT_IDS } from './body-components.ts';
import { BODY_BUTTONS, decapFields, type DecapField } from './decap-fields.ts';
import { entryFormatName } from './entry-file/entry-format-names.ts';
import { entrySchemas, entrySections } from './entry-schemas.ts';
import { groupIntoSections, type SectionPlan } from './form-sections.ts';

export interface CmsConfigOptions extends BackendSettings {
  /**
   * Absolute address of the local editing API, from the editor page's own origin (Decap
   * requires an absolute one for its local backend). The editor page always gives it.
   */
  localBackendUrl?: string;
  /** The site "Lihat di situs" leads to: the local portal while editing locally, else the public site. */
  siteUrl?: string;
  /** The office's zone, named after forum times in the list of forums. */
  timeZone?: ZoneName;
}

/** MDX collections: their body is edited below the frontmatter fields. */
const BODY: Partial<Record<CollectionName, { required: boolean; after: string }>> = {
  news: { required: true, after: 'summary' },
  services: { required: false, after: 'decree' },
  forums: { required: false, after: 'participation' },
};

/**
 * Where an entry's page is, relative to the site: Decap appends it to the preview address the
 * pipelines publish ("Lihat pratinjau") and to the site address ("Lihat di situs"). Entry
 * folders give {{dirname}}, single files {{filename}}; both are the entry's id in the routes.
 */
const PREVIEW_PATHS: Partial<Record<CollectionName, string>> = {
  news: 'berita/{{dirname}}/',
  services: 'layanan/{{filename}}/',
  forums: 'forum/{{dirname}}/',
  // Every period of the survey is shown on one page.
  surveys: 'survei-kepuasan/',
};

/** Collections whose entries are folders: photos and documents are stored beside index.mdx. */
const ENTRY_FOLDERS: readonly CollectionName[] = ['news', 'forums'];

/** The parts of a collection's form (see form-sections.ts); none for short forms. */
export function collectionSections(name: CollectionName): SectionPlan[] {
  return entrySections(name);
}

/** The form of a collection: its schema's fields, the body, and the form's parts. */
export function collectionFields(name: CollectionName): DecapField[] {
  return groupIntoSections(fieldsWithBody(name), collectionSections(name));
}

function fieldsWithBody(name: CollectionName): DecapField[] {
  // The schemas are built once (entry-schemas.ts): building them costs more than reading them.
  const fields = decapFields(entrySchemas()[name]);
  const body = BODY[name];
  if (!body) return fields;
  const bodyField: DecapField = {
    name: 'body',
    label: cms.body[name as keyof typeof cms.body].label,
    hint: `${cms.body[name as keyof typeof cms.body].hint} ${bodyEditorText.bodyHint}`,
    widget: 'markdown',
    required: body.required,
    modes: ['rich_text', 'raw'],
    // Text formatting, photos and documents (src/cms/body-components.ts); no other component.
    editor_components: [...BODY_COMPONENT_IDS],
    buttons: BODY_BUTTONS,
    sanitize_preview: true,
  };
  const index = fields.findIndex((field) => field.name === body.after);
  fields.splice(index === -1 ? fields.length : index + 1, 0, bodyField);
  return fields;
}

type FolderCollectionName = Exclude<CollectionName, 'settings'>;

/**
 * How each list of entries reads: the way an editor looks for an entry (news newest first
 * with its date, forums by date with a filter per status, services in their display order).
 * Decap's `date` filter formats with dayjs, which has no Indonesian month names, so dates
 * are written in digits.
 */
function listing(name: FolderCollectionName, zone: ZoneName | undefined) {
  switch (name) {
    case 'news':
      return {
        summary: `{{date | date('DD/MM/YYYY')}} · {{title}}{{draft | ternary('${cms.listing.draft}', '')}}`,
        sortable_fields: [{ field: 'date', default_sort: 'desc' }, 'title'],
        view_filters: [{ label: cms.listing.drafts, field: 'draft', pattern: true }],
      };
    case 'forums':
      return {
        summary: `{{start | date('DD/MM/YYYY HH.mm')}}${zone ? ` ${zone}` : ''} · {{title}}`,
        sortable_fields: [{ field: 'start', default_sort: 'desc' }, 'title'],
        view_filters: Object.entries(FORUM_STATUSES).map(([value, label]) => ({ label, field: 'status', pattern: `^${value}$` })),
      };
    case 'services':
      return { summary: '{{title}}', sortable_fields: [{ field: 'order', default_sort: 'asc' }, 'title'] };
    case 'surveys':
      return { summary: '{{title}}', sortable_fields: [{ field: 'start', default_sort: 'desc' }, 'title'] };
  }
}

function folderCollection(name: FolderCollectionName, zone?: ZoneName) {
  const { folder, label } = COLLECTIONS[name];
  const isYaml = name === 'surveys';
  const inEntryFolder = ENTRY_FOLDERS.includes(name);
  return {
    name,
    label,
    label_singular: cms.collections[name].singular,
    description: cms.collections[name].description,
    folder,
    create: true,
    delete: true,
    extension: isYaml ? 'yaml' : 'mdx',
    // Keeps every line of a file that a save did not change (see entry-file/).
    format: entryFormatName(name),
    identifier_field: 'title',
    slug: '{{slug}}',
    ...listing(name, zone),
    ...(PREVIEW_PATHS[name] ? { preview_path: PREVIEW_PATHS[name] } : {}),
    ...(inEntryFolder ? { path: '{{slug}}/index' } : {}),
    // '' keeps uploads beside the entry's file (index.mdx, or the service's own file), and the
    // stored path is the bare file name, which Astro and the body's links resolve relative to it.
    ...(inEntryFolder || BODY[name] ? { media_folder: '', public_folder: '' } : {}),
    fields: collectionFields(name),
  };
}

function settingsCollection() {
  const { folder, label } = COLLECTIONS.settings;
  return {
    name: 'settings',
    label,
    description: cms.collections.settings.description,
    delete: false,
    format: entryFormatName('settings'),
    editor: { preview: true },
    files: [{ name: 'office', label: cms.collections.settings.fileLabel, file: `${folder}/office.yaml`, fields: collectionFields('settings') }],
  };
}

export function buildCmsConfig(options: CmsConfigOptions) {
  return {
    load_config_file: false,
    locale: 'id',
    backend: options.backend,
    ...(options.localBackendUrl ? { local_backend: { url: options.localBackendUrl } } : {}),
    publish_mode: options.publishMode,
    ...(options.siteUrl ? { site_url: options.siteUrl, display_url: options.siteUrl } : {}),
    // Only used by the Media page; every field uploads beside its own entry.
    media_folder: 'public/media',
    public_folder: '/media',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    search: true,
    collections: [
      folderCollection('news', options.timeZone),
      folderCollection('services', options.timeZone),
      folderCollection('forums', options.timeZone),
      folderCollection('surveys', options.timeZone),
      settingsCollection(),
    ],
  };
}

export type CmsConfig = ReturnType<typeof buildCmsConfig>;
