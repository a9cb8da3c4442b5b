/**
 * The answers of the regulation's sample questionnaire (PermenPAN-RB No. 14/2017) as words,
 * the way a Google Forms sheet exports them, with the score each stands for. Answers are also
 * coded a–d on the paper form. Only these words count as scores: any other text is reported
 * to the editor rather than guessed.
 */
import type { IkmElement } from '../../schema/surveys.ts';
import type { Score } from './types.ts';

const scale = (...words: [string, string, string, string]) => words;

const ELEMENT_WORDS: Record<IkmElement, readonly string[]> = {
  requirements: scale('tidak sesuai', 'kurang sesuai', 'sesuai', 'sangat sesuai'),
  procedure: scale('tidak mudah', 'kurang mudah', 'mudah', 'sangat mudah'),
  completionTime: scale('tidak cepat', 'kurang cepat', 'cepat', 'sangat cepat'),
  cost: scale('sangat mahal', 'cukup mahal', 'murah', 'gratis'),
  productSpecification: scale('tidak sesuai', 'kurang sesuai', 'sesuai', 'sangat sesuai'),
  staffCompetence: scale('tidak kompeten', 'kurang kompeten', 'kompeten', 'sangat kompeten'),
  staffBehaviour: scale('tidak sopan dan ramah', 'kurang sopan dan ramah', 'sopan dan ramah', 'sangat sopan dan ramah'),
  complaintHandling: scale('tidak ada', 'ada tetapi tidak berfungsi', 'berfungsi kurang maksimal', 'dikelola dengan baik'),
  facilities: scale('buruk', 'cukup', 'baik', 'sangat baik'),
};

/** Wordings kiosks use for every element. */
const GENERAL_WORDS: readonly (readonly string[])[] = [
  scale('tidak baik', 'kurang baik', 'baik', 'sangat baik'),
  scale('tidak puas', 'kurang puas', 'puas', 'sangat puas'),
];

const LETTERS = ['a', 'b', 'c', 'd'];

/** "b. Kurang sesuai", "B) kurang  sesuai" and "Kurang sesuai" all read as "kurang sesuai". */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/^[a-d]\s*[.)]\s*/, '')
    .replace(/[.!]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function scoreFromWords(element: IkmElement, text: string): Score | undefined {
  const trimmed = text.trim().toLowerCase();
  const letter = LETTERS.indexOf(trimmed.replace(/[.)]$/, ''));
  if (letter !== -1 && trimmed.length <= 2) return (letter + 1) as Score;
  const words = normalise(text);
  for (const wording of [ELEMENT_WORDS[element], ...GENERAL_WORDS]) {
    const index = wording.indexOf(words);
    if (index !== -1) return (index + 1) as Score;
  }
  return undefined;
}
