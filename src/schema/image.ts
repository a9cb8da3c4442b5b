/**
 * Photos with the text a screen reader needs. The `image` helper differs by caller: Astro's
 * content layer passes one that resolves the file and reads its size; the content checker
 * and the CMS generator pass one that accepts a path string.
 */
import { z } from 'zod';
import { field, line } from './fields.ts';

export type ImageHelper<I extends z.ZodType = z.ZodType> = () => I;

export const PHOTO_TYPES = ['jpg', 'jpeg', 'png', 'webp'] as const;
export const PHOTO_MAX_KB = 5120;

export function photoSchema<I extends z.ZodType>(image: ImageHelper<I>) {
  return z.object({
    src: field(image(), {
      label: 'Berkas foto',
      hint: 'Foto yang tajam dan mendatar (lanskap) tampil paling baik. Situs mengecilkan ukurannya otomatis untuk pembaca.',
      widget: 'image',
      accept: PHOTO_TYPES,
      maxSizeKb: PHOTO_MAX_KB,
    }),
    alt: field(line(5, 250), {
      label: 'Teks alternatif (deskripsi foto)',
      hint: 'Jelaskan isi foto untuk pembaca yang tidak bisa melihatnya, misalnya "Petugas menjelaskan cara membaca label pangan kepada dua pelaku UMKM". Jangan menulis "foto" atau "gambar".',
      widget: 'text',
    }),
    caption: field(line(1, 300).optional(), {
      label: 'Keterangan foto',
      hint: 'Kalimat yang tampil di bawah foto. Boleh dikosongkan.',
      widget: 'text',
    }),
    credit: field(line(1, 120).optional(), {
      label: 'Sumber foto',
      hint: 'Nama pemotret atau instansi, misalnya "Tim Infokom".',
      widget: 'string',
    }),
  });
}
