/**
 * Forum Konsultasi Publik (PermenPAN-RB No. 16/2017): announcement, status, then results.
 * Times are wall-clock times in the office's zone (from settings). References to services
 * are checked against the services collection by the content checker and by Astro.
 */
import { z } from 'zod';
import { calendarDate, DATES_AS_STORED, field, fileBesideEntry, line, localDateTime, paragraph, webAddress, type DateWords } from './fields.ts';
import { photoSchema, type ImageHelper } from './image.ts';

export const FORUM_MODES = {
  'in-person': 'Tatap muka',
  online: 'Daring',
  hybrid: 'Tatap muka dan daring',
} as const;
export type ForumMode = keyof typeof FORUM_MODES;

export const FORUM_STATUSES = {
  scheduled: 'Terjadwal',
  postponed: 'Ditunda',
  rescheduled: 'Dijadwalkan ulang',
  'moved-online': 'Dipindah ke daring',
  cancelled: 'Dibatalkan',
  held: 'Telah dilaksanakan',
} as const;
export type ForumStatus = keyof typeof FORUM_STATUSES;

export const ATTACHMENT_TYPES = ['pdf'] as const;
export const ATTACHMENT_MAX_KB = 10240;

const keys = <T extends Record<string, string>>(record: T) => Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];

export interface ForumSchemaContext<I extends z.ZodType, R extends z.ZodType> {
  image: ImageHelper<I>;
  /** Astro passes `reference('services')`; plain callers get a slug string. */
  serviceReference: () => R;
  /** How messages quote the start and end (see DateWords). */
  dates?: DateWords;
}

export function forumSchema<I extends z.ZodType, R extends z.ZodType>({ image, serviceReference, dates = DATES_AS_STORED }: ForumSchemaContext<I, R>) {
  const results = z.object({
    inputSummary: field(z.array(line(5, 600)).min(1), {
      label: 'Ringkasan masukan',
      hint: 'Masukan dan saran yang diterima dari peserta, satu per baris.',
      widget: 'list',
      itemLabel: 'Masukan',
    }),
    decisions: field(z.array(line(5, 600)).min(1), {
      label: 'Keputusan/kesepakatan',
      hint: 'Apa yang disepakati dalam forum, satu per baris.',
      widget: 'list',
      itemLabel: 'Keputusan',
    }),
    followUp: field(
      z
        .array(
          z.object({
            action: field(line(5, 400), { label: 'Rencana tindak lanjut', widget: 'text' }),
            owner: field(line(2, 120), {
              label: 'Penanggung jawab',
              hint: 'Unit atau jabatan, misalnya "Tim Pelayanan Publik".',
              widget: 'string',
            }),
            due: field(calendarDate(), { label: 'Batas waktu', widget: 'date' }),
            done: field(z.boolean().default(false), { label: 'Sudah selesai', widget: 'boolean' }),
          }),
        )
        .default([]),
      { label: 'Rencana tindak lanjut', hint: 'Tindakan, penanggung jawab, dan batas waktunya.', widget: 'list' },
    ),
    attachments: field(
      z
        .array(
          z.object({
            title: field(line(3, 160), {
              label: 'Judul dokumen',
              hint: 'Misalnya "Berita Acara Forum Konsultasi Publik 2024".',
              widget: 'string',
            }),
            file: field(
              fileBesideEntry(
                z
                  .string()
                  .trim()
                  .regex(/^[^\s]+\.pdf$/i, { error: 'Lampiran harus berkas PDF, misalnya berita-acara.pdf.' }),
              ),
              {
                label: 'Berkas PDF',
                hint: 'Unggah dokumennya dalam bentuk PDF, bukan foto hasil pindaian per halaman.',
                widget: 'file',
                accept: ATTACHMENT_TYPES,
                maxSizeKb: ATTACHMENT_MAX_KB,
              },
            ),
          }),
        )
        .default([]),
      { label: 'Dokumen', hint: 'Berita acara, paparan, atau draf standar dalam PDF.', widget: 'list' },
    ),
  });

  return z
    .object({
      title: field(line(10, 140), {
        label: 'Judul forum',
        hint: 'Misalnya "Forum Konsultasi Publik Standar Pelayanan 2026".',
        widget: 'string',
      }),
      summary: field(line(50, 160), {
        label: 'Ringkasan',
        hint: 'Satu kalimat tentang tujuan forum, 50–160 karakter.',
        widget: 'text',
      }),
      status: field(z.enum(keys(FORUM_STATUSES)), {
        label: 'Status',
        hint: 'Ubah status bila forum ditunda, dijadwalkan ulang, dipindah ke daring, dibatalkan, atau sudah terlaksana.',
        widget: 'select',
        options: FORUM_STATUSES,
      }),
      statusNote: field(line(5, 400).optional(), {
        label: 'Keterangan status',
        hint: 'Alasan penundaan, pembatalan, atau perubahan. Tampil menonjol di halaman forum.',
        widget: 'text',
      }),
      start: field(localDateTime(), {
        label: 'Mulai',
        hint: 'Tanggal dan jam mulai menurut waktu setempat kantor.',
        widget: 'datetime',
      }),
      end: field(localDateTime(), {
        label: 'Selesai',
        hint: 'Tanggal dan jam selesai menurut waktu setempat kantor.',
        widget: 'datetime',
      }),
      previousStart: field(localDateTime().optional(), {
        label: 'Jadwal mulai sebelumnya',
        hint: 'Jadwal lama, tampil di halaman forum agar peserta tahu jadwalnya berubah.',
        requiredWhen: 'Wajib diisi bila status "Dijadwalkan ulang".',
        widget: 'datetime',
      }),
      mode: field(z.enum(keys(FORUM_MODES)), {
        label: 'Cara pelaksanaan',
        widget: 'select',
        options: FORUM_MODES,
      }),
      venue: field(
        z
          .object({
            name: field(line(3, 160), { label: 'Nama tempat', hint: 'Misalnya "Aula Dinas Kesehatan Kabupaten Asahan".', widget: 'string' }),
            address: field(line(5, 300), { label: 'Alamat', widget: 'text' }),
            accessibility: field(paragraph(10, 1000), {
              label: 'Aksesibilitas tempat',
              hint: 'Jalan landai, lift, toilet ramah disabilitas, juru bahasa isyarat, dan cara meminta bantuan.',
              widget: 'text',
            }),
            mapUrl: field(webAddress().optional(), { label: 'Tautan peta', widget: 'string' }),
          })
          .optional(),
        { label: 'Tempat', requiredWhen: 'Wajib untuk forum tatap muka.', widget: 'object' },
      ),
      onlineLink: field(webAddress().optional(), {
        label: 'Tautan daring',
        hint: 'Tautan rapat daring atau siaran langsung.',
        requiredWhen: 'Wajib untuk forum daring.',
        widget: 'string',
      }),
      agenda: field(
        z
          .array(
            z.object({
              time: field(
                z
                  .string()
                  .regex(/^([01]\d|2[0-3])[.:][0-5]\d$/, { error: 'Tulis jam seperti 09.00.' })
                  .optional(),
                { label: 'Jam', hint: 'Misalnya 09.00.', widget: 'string' },
              ),
              item: field(line(3, 300), { label: 'Acara', widget: 'text' }),
            }),
          )
          .min(1),
        { label: 'Susunan acara', hint: 'Urutan kegiatan forum.', widget: 'list' },
      ),
      invited: field(z.array(line(3, 200)).min(1), {
        label: 'Pihak yang diundang',
        hint: 'Satu kelompok per baris, misalnya "Dinas Kesehatan", "Akademisi", "Pelaku usaha", "Ombudsman".',
        widget: 'list',
        itemLabel: 'Pihak',
      }),
      participation: field(paragraph(10, 1500), {
        label: 'Cara mendaftar atau menyampaikan masukan',
        hint: 'Jelaskan cara mendaftar, batas waktunya, dan cara mengirim masukan bagi yang tidak bisa hadir.',
        widget: 'text',
      }),
      registrationUrl: field(webAddress().optional(), {
        label: 'Tautan pendaftaran',
        widget: 'string',
      }),
      combinedWith: field(line(3, 200).optional(), {
        label: 'Dirangkai dengan',
        hint: 'Kegiatan lain dalam acara yang sama, misalnya "Pencanangan Zona Integritas".',
        widget: 'string',
      }),
      services: field(z.array(serviceReference()).default([]), {
        label: 'Standar pelayanan yang dibahas',
        hint: 'Pilih standar pelayanan yang ditinjau dalam forum ini.',
        widget: 'relation',
        collection: 'services',
      }),
      image: field(photoSchema(image).optional(), { label: 'Foto kegiatan', widget: 'object' }),
      results: field(results.optional(), {
        label: 'Hasil forum',
        hint: 'Isi setelah forum terlaksana.',
        widget: 'object',
      }),
    })
    .superRefine((forum, ctx) => {
      if (forum.end <= forum.start) {
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          message: `Jam selesai (${dates.dateTime(forum.end)}) harus sesudah jam mulai (${dates.dateTime(forum.start)}).`,
        });
      }
      const meetsInPerson = forum.mode !== 'online' && forum.status !== 'moved-online';
      if (meetsInPerson && !forum.venue) {
        ctx.addIssue({
          code: 'custom',
          path: ['venue'],
          message: 'Forum tatap muka wajib punya tempat. Isi nama tempat, alamat, dan aksesibilitasnya.',
        });
      }
      const meetsOnline = forum.mode !== 'in-person' || forum.status === 'moved-online';
      if (meetsOnline && !forum.onlineLink && forum.status !== 'cancelled' && forum.status !== 'held') {
        ctx.addIssue({
          code: 'custom',
          path: ['onlineLink'],
          message: 'Forum daring wajib punya tautan daring. Isi tautan rapat atau siaran langsung.',
        });
      }
      if (forum.status === 'rescheduled' && !forum.previousStart) {
        ctx.addIssue({
          code: 'custom',
          path: ['previousStart'],
          message: 'Status "Dijadwalkan ulang" memerlukan jadwal mulai sebelumnya.',
        });
      }
      if (forum.results && forum.status !== 'held') {
        ctx.addIssue({
          code: 'custom',
          path: ['results'],
          message: 'Hasil forum hanya boleh diisi bila status "Telah dilaksanakan". Ubah statusnya atau hapus hasilnya.',
        });
      }
    });
}

export type ForumData = z.output<ReturnType<typeof forumSchema>>;
