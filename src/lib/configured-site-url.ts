/** The site's public address as the build configuration reads it from the office settings. */
import { parseDocument } from 'yaml';
import { isSiteAddress } from '../schema/fields.ts';

/**
 * The address Astro builds with while content/settings/office.yaml has no usable siteUrl
 * (missing, unreadable, http://, not an address). Astro would otherwise stop at loading its
 * configuration with its own English "Invalid URL", before the content check runs; with this
 * the build goes on to the content check, which fails it naming the file, the field and the
 * fix. The .invalid domain can never be a real site, so nothing is ever published under it.
 */
export const PLACEHOLDER_SITE_URL = 'https://alamat-situs-belum-benar.invalid/';

/** The siteUrl of the office settings' text when it is a usable site address, else the placeholder. Never throws. */
export function siteUrlForBuild(settingsText: string | undefined): string {
  if (settingsText === undefined) return PLACEHOLDER_SITE_URL;
  try {
    // Only the one value is read, and aliases are not expanded: whatever else the file holds is the content check's to report.
    const document = parseDocument(settingsText, { schema: 'core', logLevel: 'silent' });
    const value = document.errors.length ? undefined : document.get('siteUrl');
    return typeof value === 'string' && isSiteAddress(value.trim()) ? value.trim() : PLACEHOLDER_SITE_URL;
  } catch {
    return PLACEHOLDER_SITE_URL;
  }
}
