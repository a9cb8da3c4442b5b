/**
 * The address of the editor's script, which the build gives /admin/ (src/integrations/editor-bundle.ts).
 * A constant of its own, not an import.meta.env variable: Astro fills those from the
 * environment at render time, where a variable of the same name would win.
 */
declare const __PORTAL_EDITOR_SCRIPT__: string | undefined;
