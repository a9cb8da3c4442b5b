/**
 * Photos and documents in content/ that no entry uses. They are not published, but they
 * weigh on the repository and often mean a typo in a file name; listed as warnings.
 */
import { globSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { hosting as t } from '../strings/hosting.ts';
import type { CheckedEntry, ContentProblem } from './check-content.ts';

const ENTRY_FILE = /\.(mdx?|ya?ml)$/i;

export function unusedMedia(root: string, entries: readonly CheckedEntry[]): ContentProblem[] {
  const media = globSync('content/**/*', { cwd: root, withFileTypes: true })
    .filter((item) => item.isFile() && !ENTRY_FILE.test(item.name) && !item.name.startsWith('.'))
    .map((item) => `${item.parentPath}/${item.name}`.slice(root.length + 1))
    .sort();
  const texts = entries.map((entry) => ({ folder: dirname(entry.source.file), text: readFileSync(`${root}/${entry.source.file}`, 'utf8') }));
  return media
    .filter((file) => {
      const folder = dirname(file);
      // An entry names its files relative to itself, so only entries in the same folder or above can use one.
      return !texts.some((entry) => (folder === entry.folder || folder.startsWith(`${entry.folder}/`)) && entry.text.includes(file.slice(entry.folder.length + 1)));
    })
    .map((file) => ({ file, message: t.contentRules.unusedMedia(file), hint: t.contentRules.unusedMediaHint, severity: 'warning' as const }));
}
