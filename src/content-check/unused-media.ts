/**
 * Photos and documents in content/ that no entry uses. They are not published, but they
 * weigh on the repository and often mean a typo in a file name; listed as warnings.
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { hosting as t } from '../strings/hosting.ts';
import type { CheckedEntry, ContentProblem } from './check-content.ts';
import { listContentTree } from './content-tree.ts';

const ENTRY_FILE = /\.(mdx?|ya?ml)$/i;

/** `tree` is the listing of content/ when the caller already has it (see listContentTree). */
export function unusedMedia(root: string, entries: readonly CheckedEntry[], tree: readonly string[] = listContentTree(root)): ContentProblem[] {
  const media = tree.filter((file) => !ENTRY_FILE.test(file));
  // An entry names its files relative to itself, so only entries in the same folder or above can use one.
  const textsByFolder = new Map<string, string[]>();
  for (const entry of entries) {
    const folder = dirname(entry.source.file);
    const texts = textsByFolder.get(folder) ?? [];
    texts.push(entry.text ?? readFileSync(`${root}/${entry.source.file}`, 'utf8'));
    textsByFolder.set(folder, texts);
  }
  const isUsed = (file: string) => {
    for (let folder = dirname(file); folder !== '.' && folder !== '/'; folder = dirname(folder)) {
      const name = file.slice(folder.length + 1);
      if (textsByFolder.get(folder)?.some((text) => text.includes(name))) return true;
    }
    return false;
  };
  return media
    .filter((file) => !isUsed(file))
    .map((file) => ({ file, message: t.contentRules.unusedMedia(file), hint: t.contentRules.unusedMediaHint, severity: 'warning' as const }));
}
