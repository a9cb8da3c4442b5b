/**
 * Points a broken link on a built page back to where an editor wrote it: every line in
 * content/ that contains the link's address.
 */
import { globSync, readFileSync } from 'node:fs';

export interface Mention {
  file: string;
  line: number;
}

export function contentMentionsFinder(root: string): (needle: string) => Mention[] {
  const files = globSync('content/**/*.{md,mdx,yaml,yml}', { cwd: root }).sort();
  const texts = files.map((file) => ({ file, lines: readFileSync(`${root}/${file}`, 'utf8').split('\n') }));
  return (needle) => {
    const mentions: Mention[] = [];
    if (needle.length < 2) return mentions;
    for (const { file, lines } of texts) {
      lines.forEach((text, index) => {
        if (text.includes(needle)) mentions.push({ file, line: index + 1 });
      });
    }
    return mentions;
  };
}
