/** Berita: news about the office's activities. One MDX file per article. */
import { z } from 'zod';
import { calendarDate, DATES_AS_STORED, field, line, type DateWords } from './fields.ts';
import { photoSchema, type ImageHelper } from './image.ts';

/** Search engines cut descriptions near 160 characters; the summary doubles as one. */
export const NEWS_SUMMARY_MAX = 160;

export function newsSchema<I extends z.ZodType>({ image, dates = DATES_AS_STORED }: { image: ImageHelper<I>; dates?: DateWords }) {
  return z
    .object({
      title: field(line(10, 110), {
        label: 'Judul',
        hint: 'Judul singkat dan jelas, 10–110 karakter. Sebutkan apa yang terjadi, misalnya "Balai POM Latih 30 UMKM Menyusun Label Pangan".',
        widget: 'string',
      }),
      date: field(calendarDate(), {
        label: 'Tanggal terbit',
        hint: 'Tanggal tulisan tampil di situs. Tanggal di masa depan berarti tulisan baru tampil pada hari itu.',
        widget: 'date',
      }),
      updated: field(calendarDate().optional(), {
        label: 'Tanggal diperbarui',
        hint: 'Isi hanya jika isi tulisan diubah setelah terbit.',
        widget: 'date',
      }),
      author: field(line(2, 120), {
        label: 'Penulis atau unit',
        hint: 'Nama penulis atau unit kerja, misalnya "Tim Infokom".',
        widget: 'string',
      }),
      summary: field(line(50, NEWS_SUMMARY_MAX), {
        label: 'Ringkasan',
        hint: `Satu atau dua kalimat, 50–${NEWS_SUMMARY_MAX} karakter. Tampil di daftar berita dan di hasil mesin pencari.`,
        widget: 'text',
      }),
      image: field(photoSchema(image).optional(), {
        label: 'Foto utama',
        hint: 'Boleh dikosongkan. Jika diisi, teks alternatif wajib ada.',
        widget: 'object',
      }),
      tags: field(z.array(line(2, 40)).max(8).default([]), {
        label: 'Topik',
        hint: 'Satu sampai delapan topik, dipisah dengan koma, misalnya "UMKM, Keamanan Pangan". Gunakan topik yang sudah ada bila cocok.',
        widget: 'list',
        commaSeparated: true,
      }),
      draft: field(z.boolean().default(false), {
        label: 'Simpan sebagai draf',
        hint: 'Draf tidak tampil di situs.',
        widget: 'boolean',
      }),
    })
    .superRefine((news, ctx) => {
      if (news.updated && news.updated < news.date) {
        ctx.addIssue({
          code: 'custom',
          path: ['updated'],
          message: `Tanggal diperbarui (${dates.day(news.updated)}) lebih awal dari tanggal terbit (${dates.day(news.date)}). Kosongkan atau isi tanggal yang sama atau sesudahnya.`,
        });
      }
    });
}

export type NewsData = z.output<ReturnType<typeof newsSchema>>;
