/**
 * Text as readers get it: Indonesian dates and numbers, and no words glued together by
 * compressed HTML (Astro's 'jsx' mode drops whitespace at line breaks between inline
 * elements and expressions).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { formatDateWithDay } from '../../src/lib/dates.ts';
import { ikmIndex } from '../../src/lib/ikm.ts';
import { formatNumber } from '../../src/lib/numbers.ts';
import { routes } from '../../src/lib/routes.ts';
import { IKM_ELEMENT_KEYS } from '../../src/schema/index.ts';
import { expectedContent } from '../helpers/expected-content.ts';
import { builtPage, builtPages, gluedText, readableText, visibleText } from '../helpers/html.ts';

const pages = builtPages();
const expected = await expectedContent();

describe('Indonesian dates', () => {
  test.each(expected.publishedNews.map((entry) => [entry.id, entry] as const))('article %s shows its date like "Senin, 10 Februari 2025"', (_id, entry) => {
    const meta = builtPage(routes.newsArticle(entry.id)).document.querySelector('article .meta');
    const time = meta?.querySelector(`time[datetime="${entry.data.date}"]`);
    expect(time?.textContent).toBe(formatDateWithDay(entry.data.date));
    expect(time?.textContent).toMatch(/^(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}$/);
  });

  test('every <time> with a calendar day shows that day in Indonesian', () => {
    const wrong: string[] = [];
    for (const { path, document } of pages) {
      for (const time of document.querySelectorAll('time[datetime]')) {
        const day = time.getAttribute('datetime')!.slice(0, 10);
        if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) continue;
        const text = time.textContent ?? '';
        // The long form ("Senin, 10 Februari 2025") or the short one ("10 Februari 2025").
        const full = formatDateWithDay(day);
        if (!text.includes(full) && !text.includes(full.replace(/^\w+, /, ''))) wrong.push(`${path}: ${day} shown as "${text}"`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('forum times carry their zone', () => {
    for (const forum of expected.forums) {
      const when = builtPage(routes.forum(forum.id)).document.querySelector('main time');
      expect(when?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+0[789]:00$/);
      expect(when?.textContent).toMatch(new RegExp(`\\d{2}\\.\\d{2} ${expected.zone}$`));
    }
  });
});

describe('Indonesian numbers', () => {
  const surveys = [...expected.surveys].sort((a, b) => a.data.start.localeCompare(b.data.start));
  const indexOf = (survey: (typeof surveys)[number]) => formatNumber(ikmIndex(IKM_ELEMENT_KEYS.map((key) => survey.data.results.elements[key])), 2);

  test('the survey page shows each computed index with a decimal comma', () => {
    const text = visibleText(builtPage(routes.survey).document.querySelector('main'));
    for (const survey of surveys) {
      expect(indexOf(survey)).toMatch(/^\d{2,3},\d{2}$/);
      expect(text).toContain(indexOf(survey));
    }
  });

  test('the home page shows the latest index', () => {
    const latest = surveys.at(-1)!;
    expect(visibleText(builtPage(routes.home).document.querySelector('main'))).toContain(indexOf(latest));
  });

  test('no score is written with a decimal point', () => {
    const text = visibleText(builtPage(routes.survey).document.querySelector('main'));
    expect(text.match(/\b\d{1,3}\.\d{2}\b(?!\.)/g) ?? []).toEqual([]);
  });
});

/** Words that are written in camel case on purpose. */
const CAMEL_CASE_WORDS = new Set(['WhatsApp', 'YouTube', 'TikTok', 'LinkedIn', 'PermenPAN', 'KemenPAN', 'JavaScript']);

function textProblems(text: string): string[] {
  const problems: string[] = [];
  const rules: [RegExp, string][] = [
    [/\d{4}·|·\S|\S·/gu, 'middle dot without spaces'],
    [/\bOleh\S/gu, '"Oleh" glued to the name'],
    [/[\p{L})][,;](?=[\p{L}\p{N}])/gu, 'no space after comma'],
    [/\p{Ll}{3,}[.!?](?=\p{Lu}\p{Ll}{2,})/gu, 'no space after a sentence'],
  ];
  for (const [rule, name] of rules) {
    for (const match of text.matchAll(rule)) {
      problems.push(`${name}: …${text.slice(Math.max(0, match.index - 20), match.index + 20)}…`);
    }
  }
  for (const match of text.matchAll(/\b\p{L}*\p{Ll}\p{Lu}\p{Ll}+\p{L}*/gu)) {
    if (!CAMEL_CASE_WORDS.has(match[0].replace(/[^\p{L}]/gu, ''))) problems.push(`words run together: ${match[0]}`);
  }
  return problems;
}

describe('no words glued together', () => {
  test.each(pages.map((page) => [page.path, page] as const))('%s', (_path, { document }) => {
    expect(gluedText(document)).toEqual([]);
    expect(textProblems(readableText(document))).toEqual([]);
  });

  test('the checks find glued text when it is there', () => {
    const glued = new JSDOM('<p>Terbit <time>Senin, 10 Februari 2025</time>· Oleh<a>Tim</a></p>').window.document;
    expect(gluedText(glued)).toHaveLength(2);
    expect(textProblems('Sangat Baik),263 responden. Oleh Tim')).toHaveLength(1);
    expect(textProblems('Badan Pengawas Obat dan MakananBalai POM')).toHaveLength(1);
  });
});
