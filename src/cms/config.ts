/**
 * Builds Decap CMS's whole configuration from the schema module: one collection per entry of
 * COLLECTIONS, its fields generated from the collection's schema. Nothing here lists a field.
 */
import { COLLECTIONS, type CollectionName } from '../schema/index.ts';
import { cms } from '../strings/cms.ts';
import { bodyEditorText } from '../strings/body-media.ts';
import type { BackendSettings } from './backend.ts';
import { BODY_COMPONENT_IDS } from './body-components.ts';
import { decapFields, type DecapField } from './decap-fields.ts';
import { plainSchemas } from '../schema/plain.ts';

export interface CmsConfigOptions extends BackendSettings {
  /**
   * Absolute address of the local editing API, from the editor page's own origin (Decap
   * requires an absolute one for its local backend). The editor page always gives it.
   */
  localBackendUrl?: string;
  /** The site "Lihat di situs" leads to: the local portal while editing locally, else the public site. */
  siteUrl?: string;
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

export function collectionFields(name: CollectionName): DecapField[] {
  const fields = decapFields(plainSchemas()[name]);
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
    sanitize_preview: true,
  };
  const index = fields.findIndex((field) => field.name === body.after);
  fields.splice(index === -1 ? fields.length : index + 1, 0, bodyField);
  return fields;
}

function folderCollection(name: Exclude<CollectionName, 'settings'>) {
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
    format: isYaml ? 'yaml' : 'frontmatter',
    identifier_field: 'title',
    slug: '{{slug}}',
    summary: '{{title}}',
    sortable_fields: name === 'news' ? ['date', 'title'] : ['title'],
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
      folderCollection('news'),
      folderCollection('services'),
      folderCollection('forums'),
      folderCollection('surveys'),
      settingsCollection(),
    ],
  };
}

export type CmsConfig = ReturnType<typeof buildCmsConfig>;
