/**
 * Every text field of every content type refuses what it must not hold: line breaks in any
 * field but the few written as paragraphs, and control characters, direction marks and broken
 * characters everywhere, each with an Indonesian message that says what to remove. The fields
 * are found by walking the schema, so a field added later is checked too. Random text (with
 * fast-check) is either refused at its field or accepted, never a crash.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { COLLECTIONS, type CollectionName } from '../../../src/schema/index.ts';
import { describeCharacter, isOneLineText, isParagraphText } from '../../../src/schema/text-characters.ts';
import { fieldRulesText } from '../../../src/strings/field-rules.ts';
import { toFieldProblems, validateForEditors } from '../../../src/content-check/issue-messages.ts';
import { plainSchemas } from '../../../src/schema/plain.ts';
import { validData } from '../../helpers/content-fixtures.ts';
import { holdsLineBreakOrControl, hostileString } from '../../helpers/hostile-text.ts';
import { setAt, stringFields } from '../../helpers/string-fields.ts';

/** The fields written as paragraphs, where a line break is allowed. Any other text field is one line. */
const PARAGRAPH_FIELDS: Record<CollectionName, string[]> = {
  news: [],
  services: ['location', 'complaintHandling', 'internalSupervision', 'staffing', 'serviceGuarantee', 'safetyGuarantee', 'performanceEvaluation'],
  forums: ['venue.accessibility', 'participation'],
  surveys: [],
  settings: ['office.about', 'inclusive.intro', 'inclusive.howToAsk', 'integrityZone.statement', 'integrityZone.antiGratification'],
};

const collections = Object.keys(COLLECTIONS) as CollectionName[];
// Built and read once: building the schemas costs far more than validating with them.
const schemas = plainSchemas();
const valid = Object.fromEntries(collections.map((collection) => [collection, validData(collection)]));
const fieldsOf = (collection: CollectionName) => stringFields(schemas[collection]);

/** The problems at one field after putting `value` there in the collection's valid entry. */
function problemsAt(collection: CollectionName, path: (string | number)[], value: string) {
  const data = structuredClone(valid[collection]!);
  setAt(data, path, value);
  const result = validateForEditors(schemas[collection], data);
  return result.success ? [] : toFieldProblems(schemas[collection], result.error).filter((problem) => problem.path === path.join('.'));
}

describe('which characters a text may hold', () => {
  test.each(['Balai POM Latih 30 UMKM', 'Umur > 60 tahun & "lansia"', 'Tarif: Rp150.000; gratis bagi UMKM', 'Emoji 👩🏽‍⚕️ 🇮🇩 dan aksen é', 'Spasi\u00a0tak\u00a0putus'])(
    'one line may hold %j',
    (text) => expect(isOneLineText(text)).toBe(true),
  );

  test.each([['\n'], ['\r'], ['\u2028'], ['\t'], ['\u0007'], ['\u202e'], ['\u200b'], ['\ufeff'], ['\ud800'], ['\ue000']])('one line may not hold %j', (character) => {
    expect(isOneLineText(`Judul ${character} berita`)).toBe(false);
  });

  test('a paragraph may break lines and hold tabs, but no other control character', () => {
    expect(isParagraphText('Baris satu.\r\nBaris dua.\n\tBaris tiga.')).toBe(true);
    expect(isParagraphText('Bunyi\u0007 bel')).toBe(false);
    expect(isParagraphText('Arah\u202e terbalik')).toBe(false);
  });

  test('the character is named the way an editor would know it', () => {
    expect(describeCharacter('\r')).toBe('ganti baris (Enter)');
    expect(describeCharacter('\u2029')).toBe('ganti baris (Enter)');
    expect(describeCharacter('\t')).toBe('tab');
    expect(describeCharacter('\u202e')).toBe('tanda arah teks yang tidak terlihat (U+202E)');
    expect(describeCharacter('\u0000')).toBe('karakter yang tidak terlihat (U+0000)');
  });
});

describe.each(collections)('%s: every text field', (collection) => {
  const fields = fieldsOf(collection);

  test('the walk finds the fields (the title or name, and the paragraph fields)', () => {
    const dotted = fields.map((field) => field.dotted);
    expect(dotted.length).toBeGreaterThan(3);
    for (const paragraph of PARAGRAPH_FIELDS[collection]) expect(dotted).toContain(paragraph);
  });

  test('refuses a control character, with the fix', () => {
    for (const field of fields) {
      const problems = problemsAt(collection, field.path, 'Teks yang cukup panjang\u0007 untuk setiap isian yang ada di formulir');
      expect(problems.length, field.dotted).toBeGreaterThan(0);
    }
  });

  test('refuses a line break, except in the paragraph fields', () => {
    const acceptsLineBreak = fields.filter((field) => problemsAt(collection, field.path, 'Baris pertama yang cukup panjang.\nBaris kedua yang juga panjang.').length === 0);
    expect(acceptsLineBreak.map((field) => field.dotted).sort()).toEqual([...PARAGRAPH_FIELDS[collection]].sort());
  });

  test('says which character to remove, in Indonesian, for a plain one-line field', () => {
    const title = fields.find((field) => ['title', 'office.name'].includes(field.dotted))!;
    expect(problemsAt(collection, title.path, 'Judul dengan\r\nbaris baru yang cukup panjang').map((problem) => problem.message)).toContain(
      fieldRulesText.oneLine(fieldRulesText.characters.lineBreak),
    );
  });

  test('random text is refused at its field when it holds a line break or a control character, and never crashes the check', () => {
    const oneLineFields = fields.filter((field) => !PARAGRAPH_FIELDS[collection].includes(field.dotted));
    fc.assert(
      fc.property(fc.constantFrom(...oneLineFields), hostileString(), (field, text) => {
        const problems = problemsAt(collection, field.path, `Teks ${text} cukup panjang untuk isian ini`);
        if (holdsLineBreakOrControl(text)) expect(problems.length, `${field.dotted}: ${JSON.stringify(text)}`).toBeGreaterThan(0);
        for (const problem of problems) expect(problem.message).not.toMatch(/\b(Invalid|Expected|Received|undefined)\b/);
      }),
      { numRuns: 40 },
    );
  });
});
