/**
 * Survei Kepuasan Masyarakat (PermenPAN-RB No. 14/2017): one data file per period.
 * Elements are stored by name, never by U-number, because public copies of the regulation
 * disagree on the numbering. The index and grade are computed (src/lib/ikm.ts), never typed.
 *
 * `results` holds only aggregates (means, counts, groups of at least MIN_GROUP respondents):
 * the editor's "Impor jawaban" control and `npm run survey:import` compute them from the
 * answer sheet, which itself is never stored.
 */
import { z } from 'zod';
import { calendarDate, DATES_AS_STORED, field, line, type DateWords } from './fields.ts';

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

/** Respondent profile questions the portal publishes, with their Indonesian names. */
export const PROFILE_QUESTIONS = {
  gender: 'Jenis kelamin',
  age: 'Usia',
  education: 'Pendidikan',
  occupation: 'Pekerjaan',
} as const;
export type ProfileQuestion = keyof typeof PROFILE_QUESTIONS;
export const PROFILE_QUESTION_KEYS = Object.keys(PROFILE_QUESTIONS) as ProfileQuestion[];

/**
 * No published group (a profile answer, a service) may count fewer respondents than this, so
 * nobody can be singled out; smaller groups are merged into "Lainnya".
 */
export const MIN_GROUP = 5;

const wholeNumber = (minimum: number) => z.number().int().min(minimum);

const elementMean = (name: string) =>
  field(z.number().min(1).max(4), {
    label: name,
    hint: 'Nilai rata-rata unsur ini (NRR), antara 1,00 dan 4,00, dihitung dari jawaban yang sah.',
    widget: 'number',
  });

function elementMeans() {
  const shape = Object.fromEntries(IKM_ELEMENT_KEYS.map((key) => [key, elementMean(IKM_ELEMENTS[key])])) as Record<IkmElement, z.ZodNumber>;
  return z.object(shape);
}

function answerCounts() {
  const counts = (name: string) =>
    field(
      z.object({
        valid: field(wholeNumber(1), { label: 'Jawaban sah', widget: 'number' }),
        excluded: field(wholeNumber(0), { label: 'Jawaban tidak dihitung', hint: 'Kosong atau di luar skala 1–4.', widget: 'number' }),
      }),
      { label: name, widget: 'object' },
    );
  const shape = Object.fromEntries(IKM_ELEMENT_KEYS.map((key) => [key, counts(IKM_ELEMENTS[key])])) as Record<IkmElement, ReturnType<typeof counts>>;
  return z.object(shape);
}

const groupCount = () =>
  field(wholeNumber(MIN_GROUP), {
    label: 'Jumlah responden',
    hint: `Kelompok di bawah ${MIN_GROUP} responden digabung ke "Lainnya" agar tidak ada responden yang bisa dikenali.`,
    widget: 'number',
  });

function profileGroups(name: string) {
  return field(
    z
      .array(
        z.object({
          group: field(line(1, 80), { label: 'Kelompok', widget: 'string' }),
          count: groupCount(),
        }),
      )
      .min(1),
    { label: name, widget: 'list' },
  ).optional();
}

function profileShape() {
  return Object.fromEntries(PROFILE_QUESTION_KEYS.map((key) => [key, profileGroups(PROFILE_QUESTIONS[key])])) as Record<
    ProfileQuestion,
    ReturnType<typeof profileGroups>
  >;
}

export function surveyResultsSchema() {
  return z
    .object({
      respondents: field(wholeNumber(1), {
        label: 'Jumlah responden',
        hint: 'Banyaknya pengisi survei yang jawabannya dihitung pada periode ini.',
        widget: 'number',
      }),
      elements: field(elementMeans(), {
        label: 'Nilai rata-rata per unsur',
        hint: 'Nilai rata-rata (skala 1–4) untuk masing-masing dari sembilan unsur.',
        widget: 'object',
      }),
      answers: field(answerCounts(), {
        label: 'Jumlah jawaban per unsur',
        hint: 'Jawaban sah dan jawaban yang tidak dihitung, per unsur.',
        widget: 'object',
      }).optional(),
      services: field(
        z
          .array(
            z.object({
              name: field(line(1, 120), { label: 'Jenis layanan', widget: 'string' }),
              respondents: groupCount(),
              elements: field(elementMeans(), { label: 'Nilai rata-rata per unsur', widget: 'object' }),
            }),
          )
          .min(1),
        { label: 'Hasil per jenis layanan', widget: 'list' },
      ).optional(),
      profile: field(z.object(profileShape()), {
        label: 'Profil responden',
        hint: `Jumlah responden per kelompok; kelompok di bawah ${MIN_GROUP} responden digabung ke "Lainnya".`,
        widget: 'object',
      }).optional(),
    })
    .superRefine((results, ctx) => {
      for (const key of IKM_ELEMENT_KEYS) {
        const counts = results.answers?.[key];
        if (counts && counts.valid + counts.excluded !== results.respondents) {
          ctx.addIssue({
            code: 'custom',
            path: ['answers', key],
            message: `Jawaban sah (${counts.valid}) ditambah yang tidak dihitung (${counts.excluded}) harus sama dengan jumlah responden (${results.respondents}). Impor ulang lembar jawabannya.`,
          });
        }
      }
      for (const key of PROFILE_QUESTION_KEYS) {
        const groups = results.profile?.[key];
        const total = groups?.reduce((sum, group) => sum + group.count, 0);
        if (groups && total !== results.respondents) {
          ctx.addIssue({
            code: 'custom',
            path: ['profile', key],
            message: `Jumlah semua kelompok (${total}) harus sama dengan jumlah responden (${results.respondents}). Impor ulang lembar jawabannya.`,
          });
        }
      }
      const inServices = results.services?.reduce((sum, service) => sum + service.respondents, 0) ?? 0;
      if (inServices > results.respondents) {
        ctx.addIssue({
          code: 'custom',
          path: ['services'],
          message: `Responden semua jenis layanan (${inServices}) melebihi jumlah responden (${results.respondents}). Impor ulang lembar jawabannya.`,
        });
      }
    });
}

export type SurveyResults = z.output<ReturnType<typeof surveyResultsSchema>>;

export function surveySchema({ dates = DATES_AS_STORED }: { dates?: DateWords } = {}) {
  return z
    .object({
      title: field(line(5, 120), {
        label: 'Nama periode',
        hint: 'Misalnya "Tahun 2024" atau "Semester I 2025".',
        widget: 'string',
      }),
      start: field(calendarDate(), { label: 'Awal periode', widget: 'date' }),
      end: field(calendarDate(), { label: 'Akhir periode', widget: 'date' }),
      population: field(z.number().int().positive().optional(), {
        label: 'Jumlah pengguna layanan (populasi)',
        hint: 'Banyaknya pengguna layanan selama periode ini menurut catatan kantor. Dipakai untuk menghitung sampel minimum (Krejcie–Morgan).',
        widget: 'number',
      }),
      results: field(surveyResultsSchema(), {
        label: 'Hasil survei',
        hint: 'Pilih berkas jawaban (CSV atau Excel). Berkas dibaca di peramban ini saja dan tidak diunggah; yang disimpan hanya angka ringkasannya.',
        widget: 'survey-import',
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
          message: `Akhir periode (${dates.day(survey.end)}) lebih awal dari awal periode (${dates.day(survey.start)}).`,
        });
      }
    });
}

export type SurveyData = z.output<ReturnType<typeof surveySchema>>;
