/**
 * What the local editing server may read and write: exactly the places the editor's own
 * configuration stores content in (each collection's folder, each file of a file collection,
 * the media folder), taken from the same configuration /admin gives Decap, so the two cannot
 * drift apart. Everything else in the working copy (code, package.json, .git, .env) is out.
 *
 * Paths are judged as written, by an allow-list of forms: the editor always sends plain
 * relative paths ("content/news/x/index.mdx"), so anything else (a "..", an absolute path, a
 * backslash, a percent sign that a later step could decode into a separator, a hidden name)
 * is refused rather than normalised. Symbolic links are judged on disk (real-paths.ts).
 */
import { backendFromEnvironment } from '../cms/backend.ts';
import { buildCmsConfig } from '../cms/config.ts';
import { EDITING_API_PATH } from './api-path.ts';

/** The part of Decap's configuration that says where files are stored. */
export interface StorageConfig {
  media_folder: string;
  collections: readonly {
    folder?: string;
    media_folder?: string;
    files?: readonly { file: string }[];
  }[];
}

export interface EditableArea {
  /** Folders whose whole subtree is editable, relative to the project root ("content/news"). */
  folders: readonly string[];
  /** Single editable files ("content/settings/office.yaml"). */
  files: readonly string[];
}

const MAX_PATH_LENGTH = 1024;
const MAX_SEGMENT_LENGTH = 255;
/**
 * One folder or file name: letters, digits and the few marks file names use. The first
 * character is never a dot or a space, which rules out ".", "..", and hidden names.
 */
const SEGMENT = /^[\p{L}\p{M}\p{N}_~()+,-][\p{L}\p{M}\p{N}_~()+,. -]*$/u;

/** Where the editor stores files, from the configuration /admin gives Decap when editing locally. */
export function localEditableArea(): EditableArea {
  return editableArea(buildCmsConfig({ ...backendFromEnvironment({}), localBackendUrl: EDITING_API_PATH }));
}

export function editableArea(config: StorageConfig): EditableArea {
  const folders = new Set<string>();
  const files = new Set<string>();
  const add = (set: Set<string>, path: string) => {
    const clean = path.replace(/^\/+|\/+$/g, '');
    // A folder Decap would store into but that is not a plain path is left out: fail closed.
    if (isPlainPath(clean)) set.add(clean);
  };
  add(folders, config.media_folder);
  for (const collection of config.collections) {
    if (collection.folder) add(folders, collection.folder);
    for (const file of collection.files ?? []) add(files, file.file);
    // A media folder starting with "/" is relative to the project root; any other one is
    // relative to the entry, inside the collection's folder, which is already editable.
    if (collection.media_folder?.startsWith('/')) add(folders, collection.media_folder);
  }
  return { folders: [...folders].sort(), files: [...files].sort() };
}

/** A relative path made only of plain names: no "..", no leading "/", no "\", no "%". */
export function isPlainPath(path: unknown): path is string {
  if (typeof path !== 'string' || path.length === 0 || path.length > MAX_PATH_LENGTH) return false;
  return path.split('/').every((segment) => segment.length <= MAX_SEGMENT_LENGTH && SEGMENT.test(segment));
}

export function isInArea(path: string, area: EditableArea): boolean {
  return area.files.includes(path) || area.folders.some((folder) => path === folder || path.startsWith(`${folder}/`));
}

export type PathVerdict = 'editable' | 'not-plain' | 'outside';

export function judgePath(path: unknown, area: EditableArea): PathVerdict {
  if (!isPlainPath(path)) return 'not-plain';
  return isInArea(path, area) ? 'editable' : 'outside';
}

/** The area in words, for messages: "content/news/, …, content/settings/office.yaml". */
export function describeArea(area: EditableArea): string {
  return [...area.folders.map((folder) => `${folder}/`), ...area.files].join(', ');
}
