/**
 * Random text (fast-check) written into any one-line field of any content file, as the file
 * holds it on disk, goes through the whole content check: the check never throws, every
 * problem names a file of the tree, and text holding a line break or a control character is
 * refused at its file and field.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { checkContent } from '../../../src/content-check/check-content.ts';
import { listContentTree } from '../../../src/content-check/content-tree.ts';
import { editorRules } from '../../../src/content-check/rules/index.ts';
import type { CollectionName } from '../../../src/schema/index.ts';
import { plainSchemas } from '../../../src/schema/plain.ts';
import { VALID_FILES, validData, validFixtureRoot } from '../../helpers/content-fixtures.ts';
import { holdsLineBreakOrControl, hostileString } from '../../helpers/hostile-text.ts';
import { setAt, stringFields, type StringField } from '../../helpers/string-fields.ts';

const root = mkdtempSync(join(tmpdir(), 'portal-random-fields-'));
cpSync(validFixtureRoot, root, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Fields written as paragraphs (line breaks allowed), by their dotted path. */
const PARAGRAPHS = /^(location|complaintHandling|internalSupervision|staffing|serviceGuarantee|safetyGuarantee|performanceEvaluation|venue\.accessibility|participation|office\.about|inclusive\.(intro|howToAsk)|integrityZone\.(statement|antiGratification))$/;
/** Photo and document paths, which name files that must exist: a random name is refused for that already. */
const FILE_WIDGETS = new Set(['image', 'file']);

const schemas = plainSchemas();
const targets: { collection: CollectionName; field: StringField }[] = (Object.keys(VALID_FILES) as CollectionName[]).flatMap((collection) =>
  stringFields(schemas[collection])
    .filter((field) => !PARAGRAPHS.test(field.dotted) && !FILE_WIDGETS.has(field.widget ?? ''))
    .map((field) => ({ collection, field })),
);

/** The file as the check reads it: its frontmatter (or data) with one value changed, and its body. */
function fileWith(collection: CollectionName, field: StringField, value: string): string {
  const original = readFileSync(join(validFixtureRoot, VALID_FILES[collection]), 'utf8');
  const data = validData(collection);
  setAt(data, field.path, value);
  const yaml = stringify(data);
  if (VALID_FILES[collection].endsWith('.yaml')) return yaml;
  const body = original.replace(/^---\n[\s\S]*?\n---\n/, '');
  return `---\n${yaml}---\n${body}`;
}

test('random text in any one-line field is refused at its file and field, or accepted; the check never throws', async () => {
  const files = new Set(listContentTree(root));
  const rules = editorRules(root);
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...targets), hostileString(40), async ({ collection, field }, text) => {
      const file = VALID_FILES[collection];
      const value = `Teks ${text} yang cukup panjang untuk isian ini`;
      writeFileSync(join(root, file), fileWith(collection, field, value));
      try {
        const { problems } = await checkContent(root, rules);
        for (const problem of problems) expect(files, problem.file).toContain(problem.file);
        // What the file holds once written as UTF-8 (a half of a surrogate pair becomes U+FFFD).
        const written = new TextDecoder().decode(new TextEncoder().encode(value));
        if (holdsLineBreakOrControl(written)) {
          expect(
            problems.some((problem) => problem.file === file && problem.field?.endsWith(`(${field.dotted})`)),
            `${file} ${field.dotted}: ${JSON.stringify(value)}`,
          ).toBe(true);
        }
      } finally {
        cpSync(join(validFixtureRoot, file), join(root, file));
      }
    }),
    { numRuns: 10 },
  );
});
