/**
 * The folder (or file) name of an entry is its address: content/news/<name>/index.mdx is
 * published at /berita/<name>/. A name is accepted only when it already is a clean address
 * (lower-case a–z, digits, single hyphens), so the address the editor sees in the folder list
 * is exactly the one the build publishes, and names with spaces, capitals, accents or other
 * scripts, which Astro and the portal would turn into different addresses, never reach it.
 */
import { COLLECTIONS } from '../../schema/index.ts';
import { slugify } from '../../lib/text.ts';
import { contentCheckText } from '../../strings/content-check.ts';
import { perEntryRule, type ContentProblem, type EntryRule } from '../check-content.ts';

const CLEAN_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Why a name is not a clean address, in the editor's words. */
function reasonsAgainst(name: string): string[] {
  const reasons = contentCheckText.entries.nameReasons;
  const found: string[] = [];
  if (/[A-Z]/.test(name)) found.push(reasons.uppercase);
  if (/\s/.test(name)) found.push(reasons.spaces);
  if (/[^\x00-\x7f]/.test(name)) found.push(reasons.letters);
  if (/[\x21-\x2c\x2e-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/.test(name)) found.push(reasons.punctuation);
  if (!found.length) found.push(reasons.hyphens);
  return found;
}

export const cleanAddressRule: EntryRule<ContentProblem[]> = perEntryRule('clean-addresses', (entry) => {
  const { file, collection } = entry.source;
  const relative = file.slice(COLLECTIONS[collection].folder.length + 1);
  const parts = relative.split('/');
  const fileName = parts.pop() ?? '';
  const names: { kind: 'folder' | 'berkas'; name: string }[] = parts.map((name) => ({ kind: 'folder', name }));
  // index.mdx takes its folder's name; any other file is named by itself (services, surveys).
  const stem = fileName.replace(/\.[^.]+$/, '');
  if (stem !== 'index') names.push({ kind: 'berkas', name: stem });
  return names
    .filter(({ name }) => !CLEAN_NAME.test(name))
    .map(({ kind, name }) => ({
      file,
      message: contentCheckText.entries.uncleanName(kind, name, reasonsAgainst(name)),
      hint: contentCheckText.entries.uncleanNameHint(kind, slugify(name) || undefined),
      severity: 'error',
    }));
});
