/** Where the editor's code is and where its bundle is served from. */

/** The editor's code, from the project root. */
export const EDITOR_ENTRY = 'src/cms/admin.ts';
/** Served beside Astro's own hashed files, which the server lets browsers keep for a year. */
export const EDITOR_BUNDLE_DIR = '_astro';

/** The address /admin/ loads the editor from. */
export function editorScriptPath(key: string): string {
  return `/${EDITOR_BUNDLE_DIR}/editor.${key}.js`;
}

/** A bundle's list of its files, written last: a bundle folder without it is incomplete. */
export const FILE_LIST = 'files.json';
