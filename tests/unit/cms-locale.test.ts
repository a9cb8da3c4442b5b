/** Decap has no Indonesian interface: ours must cover every English key and keep its placeholders. */
import { describe, expect, it } from 'vitest';
import en from 'decap-cms-locales/dist/esm/en/index.js';
import { localeId } from '../../src/cms/locale-id.ts';

function leaves(value: unknown, path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'string') return found.set(path, value);
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    for (const [leafPath, text] of leaves(child, path ? `${path}.${key}` : key)) found.set(leafPath, text);
  }
  return found;
}

const placeholders = (text: string) => [...text.matchAll(/%\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('Indonesian locale for Decap CMS', () => {
  const english = leaves(en);
  const indonesian = leaves(localeId);

  it('translates every key of the English locale, and adds none', () => {
    expect([...indonesian.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('keeps every %{placeholder} of each message', () => {
    for (const [key, text] of english) expect(placeholders(indonesian.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('is actually translated (no English sentence left behind)', () => {
    // Messages that are the same in both languages: names, placeholders, "Status".
    const same = ['collection.collectionTop.newButton', 'editor.editorToolbar.status', 'editor.editorWidgets.markdown.markdown', 'ui.toast.onFailToAuth', 'workflow.workflowCard.lastChangeNoAuthor'];
    const untranslated = [...english].filter(([key, text]) => indonesian.get(key) === text && !same.includes(key));
    expect(untranslated.map(([key]) => key)).toEqual([]);
  });
});
