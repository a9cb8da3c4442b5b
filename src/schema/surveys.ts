/**
 * Survei Kepuasan Masyarakat (PermenPAN-RB No. 14/2017): one data file per period.
 * Elements are stored by name, never by U-number, because public copies of the regulation
 * disagree on the numbering. The index and grade are computed (src/lib/ikm.ts), never typed.
 */
import { z } from 'zod';
import { calendarDate, field, line } from './fields.ts';

/** The nine elements, in the order the regulation lists them, with their Indonesian names. */
export const IKM_ELEMENTS = {
  requirements: 'Persyaratan',
  procedure: 'Sistem, mekanisme, dan prosedur',
  completionTime: 'Waktu penyelesaian',
  cost: 'Biaya/tarif',
  productSpecification: 'Produk spesifikasi jenis pelayanan',
  staffCompetence: 'Kompetensi pelaksana',
  staffBehaviour: 'Perilaku pelaksana',
  complaintHandling: 'Penanganan pengaduan, saran, dan masukan',
  facilities: 'Sarana dan prasarana',
} as const;
export type IkmElement = keyof typeof IKM_ELEMENTS;
export const IKM_ELEMENT_KEYS = Object.keys(IKM_ELEMENTS) as IkmElement[];

const elementScore = (name: string) =>
  field(z.number().min(1).max(4), {
    label: name,
    hint: 'Nilai rata-rata unsur ini (NRR), antara 1,00 dan 4,00. Pakai titik sebagai pemisah desimal, misalnya 3.62.',
    widget: 'number',
  });

export function surveySchema() {
  const elementShape = Object.fromEntries(
    IKM_ELEMENT_KEYS.map((key) => [key, elementScore(IKM_ELEMENTS[key])]),
  ) as Record<IkmElement, z.ZodNumber>;

  return z
    .object({
      title: field(line(5, 120), {
        label: 'Nama periode',
        hint: 'Misalnya "Tahun 2024" atau "Semester I 2025".',
        widget: 'string',
      }),
      start: field(calendarDate(), { label: 'Awal periode', widget: 'date' }),
      end: field(calendarDate(), { label: 'Akhir periode', widget: 'date' }),
      respondents: field(z.number().int().positive(), {
        label: 'Jumlah responden',
        hint: 'Banyaknya pengisi survei pada periode ini.',
        widget: 'number',
      }),
      elements: field(z.object(elementShape), {
        label: 'Nilai rata-rata per unsur',
        hint: 'Nilai rata-rata (skala 1–4) untuk masing-masing dari sembilan unsur.',
        widget: 'object',
      }),
      followUp: field(z.array(line(5, 500)).default([]), {
        label: 'Rencana tindak lanjut',
        hint: 'Perbaikan yang akan dilakukan berdasarkan hasil survei, satu per baris.',
        widget: 'list',
      }),
    })
    .superRefine((survey, ctx) => {
      if (survey.end < survey.start) {
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          message: `Akhir periode (${survey.end}) lebih awal dari awal periode (${survey.start}).`,
        });
      }
    });
}

export type SurveyData = z.output<ReturnType<typeof surveySchema>>;
