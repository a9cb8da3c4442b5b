/**
 * Pengaturan kantor: everything that differs from one office to the next. One file, so a
 * new office adopts the portal by editing it, never the code.
 */
import { z } from 'zod';
import { calendarDate, emailAddress, field, line, paragraph, phoneNumber, siteAddress, webAddress, whatsappNumber } from './fields.ts';

export const OFFICE_KINDS = {
  BBPOM: 'Balai Besar POM',
  BPOM: 'Balai POM',
  LOKA: 'Loka POM',
} as const;
type OfficeKind = keyof typeof OFFICE_KINDS;

export const TIME_ZONES = {
  WIB: 'WIB (UTC+7): Sumatera, Jawa, Kalimantan Barat dan Tengah',
  WITA: 'WITA (UTC+8): Kalimantan Selatan, Timur, Utara, Bali, Nusa Tenggara, Sulawesi',
  WIT: 'WIT (UTC+9): Maluku dan Papua',
} as const;
export type TimeZoneName = keyof typeof TIME_ZONES;

export const SOCIAL_NETWORKS = {
  instagram: 'Instagram',
  facebook: 'Facebook',
  x: 'X (Twitter)',
  youtube: 'YouTube',
  tiktok: 'TikTok',
} as const;
type SocialNetwork = keyof typeof SOCIAL_NETWORKS;

export const INTEGRITY_ZONE_STAGES = {
  declared: 'Pencanangan Zona Integritas',
  proposed: 'Diusulkan menuju WBK',
  wbk: 'Predikat Wilayah Bebas dari Korupsi (WBK)',
  wbbm: 'Predikat Wilayah Birokrasi Bersih dan Melayani (WBBM)',
} as const;
type IntegrityZoneStage = keyof typeof INTEGRITY_ZONE_STAGES;

const keys = <T extends Record<string, string>>(record: T) => Object.keys(record) as [keyof T & string, ...(keyof T & string)[]];

const channel = z.object({
  name: field(line(2, 120), { label: 'Nama saluran', hint: 'Misalnya "HALO BPOM" atau "Loket ULPK".', widget: 'string' }),
  description: field(line(5, 400), { label: 'Keterangan', hint: 'Untuk apa saluran ini dan kapan dilayani.', widget: 'text' }),
  phone: field(phoneNumber().optional(), { label: 'Telepon', widget: 'string' }),
  sms: field(phoneNumber().optional(), { label: 'SMS', widget: 'string' }),
  whatsapp: field(whatsappNumber().optional(), { label: 'WhatsApp', hint: 'Diawali 62, misalnya 6281234567890.', widget: 'string' }),
  email: field(emailAddress().optional(), { label: 'E-mail', widget: 'string' }),
  url: field(webAddress().optional(), { label: 'Situs', widget: 'string' }),
});

export function settingsSchema() {
  return z.object({
    exampleData: field(z.boolean().default(false), {
      label: 'Data contoh',
      hint: 'Centang selama isi situs masih contoh. Setiap halaman akan menampilkan pemberitahuan "data contoh".',
      widget: 'boolean',
    }),
    siteUrl: field(siteAddress(), {
      label: 'Alamat situs',
      hint: 'Alamat publik situs ini, misalnya https://bengkulu.pom.go.id.',
      widget: 'string',
    }),
    office: field(
      z.object({
        name: field(line(5, 120), { label: 'Nama kantor', hint: 'Nama resmi, misalnya "Balai POM di Bengkulu".', widget: 'string' }),
        shortName: field(line(2, 40), { label: 'Nama singkat', hint: 'Misalnya "BPOM Bengkulu".', widget: 'string' }),
        kind: field(z.enum(keys(OFFICE_KINDS) as [OfficeKind, ...OfficeKind[]]), {
          label: 'Jenis kantor',
          widget: 'select',
          options: OFFICE_KINDS,
        }),
        area: field(z.array(line(3, 120)).min(1), {
          label: 'Wilayah kerja',
          hint: 'Kabupaten/kota yang dilayani, satu per baris.',
          widget: 'list',
        }),
        about: field(paragraph(20, 2000), { label: 'Tentang kantor', hint: 'Dua atau tiga kalimat tentang tugas kantor.', widget: 'text' }),
        head: field(line(3, 160), { label: 'Kepala kantor', hint: 'Nama lengkap dengan gelar.', widget: 'string' }),
        street: field(line(5, 200), { label: 'Alamat jalan', widget: 'string' }),
        city: field(line(2, 80), { label: 'Kota', widget: 'string' }),
        province: field(line(2, 80), { label: 'Provinsi', widget: 'string' }),
        postalCode: field(z.string().regex(/^\d{5}$/, { error: 'Kode pos terdiri dari 5 angka.' }), { label: 'Kode pos', widget: 'string' }),
        phone: field(phoneNumber(), { label: 'Telepon kantor', widget: 'string' }),
        email: field(emailAddress(), { label: 'E-mail kantor', widget: 'string' }),
        whatsapp: field(whatsappNumber().optional(), { label: 'WhatsApp kantor', hint: 'Diawali 62.', widget: 'string' }),
        hours: field(
          z
            .array(
              z.object({
                days: field(line(3, 60), { label: 'Hari', hint: 'Misalnya "Senin–Kamis".', widget: 'string' }),
                time: field(line(3, 60), { label: 'Jam', hint: 'Misalnya "08.00–16.00".', widget: 'string' }),
              }),
            )
            .min(1),
          { label: 'Jam layanan', widget: 'list' },
        ),
        timeZone: field(z.enum(keys(TIME_ZONES) as [TimeZoneName, ...TimeZoneName[]]), {
          label: 'Zona waktu',
          hint: 'Zona waktu kantor. Semua jam di situs ditulis dalam zona ini.',
          widget: 'select',
          options: TIME_ZONES,
        }),
        mapUrl: field(webAddress().optional(), { label: 'Tautan peta', hint: 'Tautan lokasi kantor di peta daring.', widget: 'string' }),
        social: field(
          z
            .array(
              z.object({
                network: field(z.enum(keys(SOCIAL_NETWORKS) as [SocialNetwork, ...SocialNetwork[]]), {
                  label: 'Media sosial',
                  widget: 'select',
                  options: SOCIAL_NETWORKS,
                }),
                url: field(webAddress(), { label: 'Alamat akun', widget: 'string' }),
              }),
            )
            .default([]),
          { label: 'Media sosial', widget: 'list' },
        ),
      }),
      { label: 'Profil kantor', widget: 'object' },
    ),
    complaints: field(
      z.object({
        channels: field(z.array(channel).min(1), {
          label: 'Saluran pengaduan',
          hint: 'HALO BPOM, SP4N-LAPOR!, dan saluran kantor sendiri.',
          widget: 'list',
        }),
        steps: field(
          z
            .array(
              z.object({
                step: field(line(5, 300), { label: 'Tahap', widget: 'text' }),
                duration: field(line(2, 120), { label: 'Lama', hint: 'Misalnya "paling lama 5 hari kerja".', widget: 'string' }),
              }),
            )
            .min(1),
          { label: 'Alur penanganan pengaduan', hint: 'Apa yang terjadi setelah pengaduan diterima, berurutan.', widget: 'list' },
        ),
      }),
      { label: 'Pengaduan', widget: 'object' },
    ),
    pledge: field(
      z.object({
        statements: field(z.array(line(10, 500)).min(1), {
          label: 'Isi maklumat',
          hint: 'Satu janji per baris.',
          widget: 'list',
        }),
        signatory: field(line(3, 160), { label: 'Nama penanda tangan', widget: 'string' }),
        position: field(line(3, 160), { label: 'Jabatan penanda tangan', widget: 'string' }),
        place: field(line(2, 80), { label: 'Tempat penetapan', widget: 'string' }),
        date: field(calendarDate(), { label: 'Tanggal penetapan', widget: 'date' }),
      }),
      { label: 'Maklumat pelayanan', widget: 'object' },
    ),
    inclusive: field(
      z.object({
        intro: field(paragraph(20, 1500), { label: 'Pengantar', widget: 'text' }),
        facilities: field(
          z
            .array(
              z.object({
                name: field(line(3, 120), { label: 'Fasilitas', widget: 'string' }),
                description: field(line(5, 400), { label: 'Keterangan', hint: 'Letak dan cara memakainya.', widget: 'text' }),
              }),
            )
            .min(1),
          { label: 'Fasilitas yang tersedia', widget: 'list' },
        ),
        howToAsk: field(paragraph(20, 1500), {
          label: 'Cara meminta bantuan',
          hint: 'Kepada siapa dan bagaimana pengunjung meminta pendampingan, termasuk sebelum datang.',
          widget: 'text',
        }),
      }),
      { label: 'Layanan ramah kelompok rentan', widget: 'object' },
    ),
    integrityZone: field(
      z.object({
        stage: field(z.enum(keys(INTEGRITY_ZONE_STAGES) as [IntegrityZoneStage, ...IntegrityZoneStage[]]), {
          label: 'Tahap saat ini',
          widget: 'select',
          options: INTEGRITY_ZONE_STAGES,
        }),
        declaredOn: field(calendarDate(), { label: 'Tanggal pencanangan', widget: 'date' }),
        statement: field(paragraph(20, 2000), { label: 'Komitmen', widget: 'text' }),
        antiGratification: field(paragraph(20, 2000), { label: 'Pernyataan anti gratifikasi', widget: 'text' }),
        whistleblowingUrl: field(webAddress(), {
          label: 'Tautan pelaporan pelanggaran',
          hint: 'Situs Whistleblowing System BPOM.',
          widget: 'string',
        }),
        whistleblowingEmail: field(emailAddress().optional(), { label: 'E-mail pelaporan pelanggaran', widget: 'string' }),
      }),
      { label: 'Zona Integritas', widget: 'object' },
    ),
    ppid: field(
      z.object({
        officer: field(line(3, 160), { label: 'PPID Pelaksana', hint: 'Jabatan yang bertugas sebagai PPID Pelaksana.', widget: 'string' }),
        email: field(emailAddress(), { label: 'E-mail PPID', widget: 'string' }),
        requestUrl: field(webAddress().optional(), { label: 'Tautan permohonan informasi', widget: 'string' }),
      }),
      { label: 'Informasi publik (PPID)', widget: 'object' },
    ),
  });
}

export type SettingsData = z.output<ReturnType<typeof settingsSchema>>;
