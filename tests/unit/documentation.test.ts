/**
 * The README stays a page a newcomer reads in five minutes, and no link in it or in docs/
 * leads to a file that is not there (documents move; links must follow).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const documents = ['README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

/** Relative Markdown link targets of a document, without their #fragment; examples in code are not links. */
function relativeLinks(text: string): string[] {
  const prose = text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1]!.split('#')[0]!)
    .filter((target) => target !== '' && !/^[a-z]+:/i.test(target));
}

describe('documentation', () => {
  it('keeps the README short, with the two commands on it', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(150);
    expect(readme).toContain('`npm start`');
    expect(readme).toContain('`npm test`');
  });

  it('links every document in docs/ from the README', () => {
    for (const document of documents.filter((name) => name.startsWith('docs/'))) expect(readme, document).toContain(`](${document})`);
  });

  it.each(documents)('%s links only to files that exist', (document) => {
    const text = readFileSync(join(root, document), 'utf8');
    const missing = relativeLinks(text).filter((target) => !existsSync(join(root, dirname(document), target)));
    expect(missing).toEqual([]);
  });
});
