/**
 * Content that once crashed the content check, or slipped through it, becomes one problem of
 * its own file, in Indonesian with the fix, while the check still reports every other problem
 * of the run. One temporary content tree holds every case at once, beside a valid entry and a
 * file with an ordinary mistake (an impossible date) that must be reported alongside.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent, perEntryRule, type ContentProblem } from '../../../src/content-check/check-content.ts';
import { editorRules } from '../../../src/content-check/rules/index.ts';
import { MEDIA_TYPES_BY_EXTENSION } from '../../../src/content-check/rules/media-limits.ts';
import { ATTACHMENT_TYPES } from '../../../src/schema/forums.ts';
import { PHOTO_TYPES } from '../../../src/schema/index.ts';
import { fieldRulesText } from '../../../src/strings/field-rules.ts';
import { contentCheckText } from '../../../src/strings/content-check.ts';
import { validFixtureRoot } from '../../helpers/content-fixtures.ts';

const VALID_NEWS = readFileSync(join(validFixtureRoot, 'content/news/pelatihan-label-pangan/index.mdx'), 'utf8');
const VALID_FORUM = readFileSync(join(validFixtureRoot, 'content/forums/forum-standar-2025/index.mdx'), 'utf8');
const VALID_SETTINGS = readFileSync(join(validFixtureRoot, 'content/settings/office.yaml'), 'utf8');

/** The valid article with its frontmatter changed by `edit`. */
const news = (edit: (text: string) => string) => edit(VALID_NEWS);
const withoutPhoto = (text: string) => text.replace(/image:\n(?: {2}.*\n)+/, '');

const ALIAS_BOMB = [
  'lol: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'lol2: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'lol3: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'lol4: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'lol5: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'lol6: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'lol7: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
].join('\n');

/** An ordinary mistake in another file: it must be reported in the same run as every case below. */
const ORDINARY = 'content/news/tanggal-mustahil/index.mdx';

const FILES: Record<string, string | Buffer> = {
  [ORDINARY]: news((text) => withoutPhoto(text).replace('date: 2025-02-10', 'date: 2025-13-45').replace(/^updated: .*\n/m, '')),
  'content/news/bom-alias/index.mdx': news((text) => withoutPhoto(text).replace('tags:', `${ALIAS_BOMB}\ntags:`)),
  'content/news/tanda-yaml/index.mdx': news((text) => withoutPhoto(text).replace(/^title: .*$/m, 'title: !!js/function "function () { return process.exit(1) }"')),
  'content/surveys/yaml-rusak.yaml': 'title: "Tahun 2026\nstart: 2026-01-01\n',
  'content/news/karakter-kendali/index.mdx': news((text) =>
    withoutPhoto(text)
      .replace(/^title: .*$/m, 'title: "Balai POM Melatih\\a 25 UMKM Menulis Label"')
      .replace(/^summary: .*$/m, 'summary: "Dua puluh lima pelaku usaha kecil belajar menulis label pangan\\r\\nEND:VEVENT yang benar sebelum izin edar."'),
  ),
  'content/news/foto-svg/index.mdx': news((text) => text.replace('./foto.png', './foto.jpg')),
  'content/news/foto-svg/foto.jpg': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"><script>alert(1)</script></svg>',
  'content/news/foto-png-bernama-webp/index.mdx': news((text) => text.replace('./foto.png', './foto.webp')),
  'content/news/foto-keluar-folder/index.mdx': news((text) => text.replace('./foto.png', '../../../rahasia/foto.png')),
  'content/forums/dokumen-html/index.mdx': VALID_FORUM,
  'content/forums/dokumen-html/berita-acara.pdf': '<!doctype html><html><body><script>alert(document.cookie)</script></body></html>',
  'content/forums/dokumen-keluar-folder/index.mdx': VALID_FORUM.replace('./berita-acara.pdf', '../forum-standar-2025/berita-acara.pdf'),
  'content/news/Kegiatan UMKM/index.mdx': news(withoutPhoto),
  'content/news/pelatihan-ñandú/index.mdx': news(withoutPhoto),
  'content/surveys/Tahun_2027.yaml': readFileSync(join(validFixtureRoot, 'content/surveys/tahun-2025.yaml'), 'utf8'),
  'content/settings/office.yaml': VALID_SETTINGS.replace(/^siteUrl: .*$/m, 'siteUrl: http://contoh-balai-pom.example'),
  // Outside content/: what a path leaving the entry's folder would publish.
  'rahasia/foto.png': '',
};

/** The line of a case's file that holds `fragment`. */
const lineWith = (file: string, fragment: string) => String(FILES[file]).split('\n').findIndex((line) => line.includes(fragment)) + 1;

let root = '';
let problems: ContentProblem[] = [];
const inFile = (file: string) => problems.filter((problem) => problem.file === file);
/** No English from a parser or a runtime reaches the editor. */
const ENGLISH = /\b(the|is|not|invalid|error|expected|received|undefined|unexpected|cannot|failed)\b/i;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'portal-hostile-content-'));
  cpSync(validFixtureRoot, root, { recursive: true });
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#0b4a7d' } }).png().toBuffer();
  FILES['content/news/foto-png-bernama-webp/foto.webp'] = png;
  FILES['rahasia/foto.png'] = png;
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(join(root, dirname(file)), { recursive: true });
    writeFileSync(join(root, file), text);
  }
  problems = (await checkContent(root, editorRules(root))).problems;
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('one run reports every hostile file, and the ordinary mistake beside them', () => {
  test('every file with a case has its problem, the valid entries none', () => {
    const files = new Set(problems.filter((problem) => problem.severity === 'error').map((problem) => problem.file));
    for (const file of Object.keys(FILES).filter((file) => /\.(mdx|yaml)$/.test(file))) expect(files, file).toContain(file);
    expect(inFile('content/news/pelatihan-label-pangan/index.mdx')).toEqual([]);
    expect(inFile(ORDINARY)).toEqual([expect.objectContaining({ field: 'Tanggal terbit (date)', message: expect.stringMatching(/^Tanggal 2025-13-45 tidak ada/) })]);
  });

  test('every message and fix is Indonesian, with no parser or runtime English', () => {
    for (const problem of problems) {
      expect(problem.message, problem.file).not.toMatch(ENGLISH);
      if (problem.hint) expect(problem.hint, problem.file).not.toMatch(ENGLISH);
    }
  });
});

describe('data that is not plain data', () => {
  test('a YAML alias bomb is one problem at its first alias, not a crash', () => {
    expect(inFile('content/news/bom-alias/index.mdx')).toEqual([
      expect.objectContaining({ line: lineWith('content/news/bom-alias/index.mdx', '*a'), message: contentCheckText.reading.alias }),
    ]);
  });

  test('a YAML tag such as !!js/function is refused, never resolved', () => {
    expect(inFile('content/news/tanda-yaml/index.mdx')).toEqual([expect.objectContaining({ line: lineWith('content/news/tanda-yaml/index.mdx', '!!js'), message: contentCheckText.reading.unknownTag('!!js/function') })]);
  });

  test('malformed YAML is reported with its line', () => {
    expect(inFile('content/surveys/yaml-rusak.yaml')).toEqual([expect.objectContaining({ message: expect.stringMatching(/tanda kutip atau kurung yang dibuka tetapi tidak ditutup/) })]);
  });
});

describe('characters a one-line field may not hold', () => {
  test('an invisible control character and a line break are each named with the field and the fix', () => {
    const found = inFile('content/news/karakter-kendali/index.mdx');
    expect(found).toEqual([
      expect.objectContaining({ line: lineWith('content/news/karakter-kendali/index.mdx', 'title:'), field: 'Judul (title)', message: fieldRulesText.oneLine(fieldRulesText.characters.invisible('\u0007')) }),
      expect.objectContaining({ line: lineWith('content/news/karakter-kendali/index.mdx', 'summary:'), field: 'Ringkasan (summary)', message: fieldRulesText.oneLine(fieldRulesText.characters.lineBreak) }),
    ]);
    expect(found[0]?.message).toContain('U+0007');
  });
});

describe('uploads judged by their bytes', () => {
  test('an SVG named foto.jpg is refused: its bytes are no JPG', () => {
    expect(inFile('content/news/foto-svg/index.mdx')).toEqual([
      expect.objectContaining({ line: lineWith('content/news/foto-svg/index.mdx', 'src:'), field: 'Foto utama › Berkas foto (image.src)', message: contentCheckText.media.wrongBytes('./foto.jpg', 'jpg', undefined) }),
    ]);
  });

  test('a PNG named foto.webp is refused, naming what it really is', () => {
    const [problem] = inFile('content/news/foto-png-bernama-webp/index.mdx');
    expect(problem?.message).toBe(contentCheckText.media.wrongBytes('./foto.webp', 'webp', 'image/png'));
    expect(problem?.message).toContain('berkas PNG');
    expect(problem?.hint).toBe(contentCheckText.media.wrongBytesHint('webp'));
  });

  test('a web page named berita-acara.pdf is refused', () => {
    expect(inFile('content/forums/dokumen-html/index.mdx')).toEqual([
      expect.objectContaining({
        field: 'Hasil forum › Dokumen › nomor 1 › Berkas PDF (results.attachments.0.file)',
        message: contentCheckText.media.wrongBytes('./berita-acara.pdf', 'pdf', undefined),
      }),
    ]);
  });
});

describe('paths that leave the entry’s folder', () => {
  test('a photo path out of content/ is refused, though the file exists', () => {
    expect(inFile('content/news/foto-keluar-folder/index.mdx')).toEqual([
      expect.objectContaining({ line: lineWith('content/news/foto-keluar-folder/index.mdx', 'src:'), field: 'Foto utama › Berkas foto (image.src)', message: contentCheckText.photos.outsideFolder('../../../rahasia/foto.png', 'content/news/foto-keluar-folder') }),
    ]);
  });

  test('a document path into another forum’s folder is refused', () => {
    expect(inFile('content/forums/dokumen-keluar-folder/index.mdx')).toEqual([
      expect.objectContaining({ field: 'Hasil forum › Dokumen › nomor 1 › Berkas PDF (results.attachments.0.file)', message: fieldRulesText.fileBesideEntry.outside('../forum-standar-2025/berita-acara.pdf') }),
    ]);
  });
});

describe('names that make no clean address', () => {
  test.each([
    ['content/news/Kegiatan UMKM/index.mdx', 'folder', 'Kegiatan UMKM', 'kegiatan-umkm', /huruf besar, memakai spasi/],
    ['content/news/pelatihan-ñandú/index.mdx', 'folder', 'pelatihan-ñandú', 'pelatihan-nandu', /huruf di luar a–z/],
    ['content/surveys/Tahun_2027.yaml', 'berkas', 'Tahun_2027', 'tahun-2027', /tanda baca/],
  ] as const)('%s: says which %s and what to rename it to', (file, kind, name, suggestion, reason) => {
    const [problem] = inFile(file).filter((found) => found.message.startsWith(`Nama ${kind}`));
    expect(problem?.message).toMatch(new RegExp(`^Nama ${kind} "${name}" tidak bisa menjadi alamat halaman`));
    expect(problem?.message).toMatch(reason);
    expect(problem?.hint).toBe(contentCheckText.entries.uncleanNameHint(kind, suggestion));
  });
});

describe('the site address', () => {
  test('http:// is refused: the site must be served over https', () => {
    expect(inFile('content/settings/office.yaml')).toEqual([expect.objectContaining({ line: lineWith('content/settings/office.yaml', 'siteUrl:'), field: 'Alamat situs (siteUrl)', message: fieldRulesText.siteAddress.format })]);
  });
});

describe('a rule that fails on what a file holds', () => {
  test('becomes a problem of that file, and every other problem is still reported', async () => {
    const failing = perEntryRule('gagal-untuk-satu-berkas', (entry) => {
      if (entry.source.file === 'content/news/pelatihan-label-pangan/index.mdx') throw new RangeError('Maximum call stack size exceeded');
      return [];
    });
    const result = await checkContent(root, [...editorRules(root), failing]);
    expect(result.problems.filter((problem) => problem.file === 'content/news/pelatihan-label-pangan/index.mdx')).toEqual([
      { file: 'content/news/pelatihan-label-pangan/index.mdx', message: contentCheckText.entries.uncheckable, hint: contentCheckText.entries.uncheckableHint, severity: 'error' },
    ]);
    expect(result.problems.filter((problem) => problem.file !== 'content/news/pelatihan-label-pangan/index.mdx')).toEqual(problems);
  });
});

describe('the allow-list of what upload bytes may be', () => {
  test('names the types of every extension a photo or document field accepts', () => {
    for (const extension of [...PHOTO_TYPES, ...ATTACHMENT_TYPES]) expect(MEDIA_TYPES_BY_EXTENSION[extension], extension).toBeDefined();
  });
});
