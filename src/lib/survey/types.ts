/** What the survey arithmetic works on: one respondent's answers, already read from a sheet. */
import type { IkmElement, ProfileQuestion } from '../../schema/surveys.ts';

export type Score = 1 | 2 | 3 | 4;

export interface SurveyResponse {
  /** The row of the sheet it came from, as a spreadsheet numbers it (1 is the first row). */
  row: number;
  /** Each element's score, or null when the answer was blank or not a score from 1 to 4. */
  scores: Record<IkmElement, Score | null>;
  /** Profile answers as group labels ("Perempuan", "30–39 tahun"); absent when not asked. */
  profile: Partial<Record<ProfileQuestion, string>>;
  /** The service used (jenis layanan), when the sheet asks for it. */
  service?: string | undefined;
}
