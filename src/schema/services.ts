/**
 * Standar pelayanan: one file per service, holding all 14 components of PermenPAN-RB
 * No. 15/2014. The six "penyampaian pelayanan" components come first because they are what
 * a member of the public needs before using the service; the eight "pengelolaan pelayanan"
 * components follow. Which forums reviewed a standard is derived from the forums' own
 * references, never typed here.
 */
import { z } from 'zod';
import { calendarDate, field, line, paragraph } from './fields.ts';

export const TIME_UNITS = {
  'hari-kerja': 'hari kerja',
  'hari-kalender': 'hari kalender',
  jam: 'jam',
  menit: 'menit',
} as const;
export type TimeUnit = keyof typeof TIME_UNITS;
const timeUnitValues = Object.keys(TIME_UNITS) as [TimeUnit, ...TimeUnit[]];

const duration = {
  amount: field(z.number().int().positive().max(365), {
    label: 'Lama',
    hint: 'Angka saja, misalnya 5.',
    widget: 'number',
  }),
  unit: field(z.enum(timeUnitValues), {
    label: 'Satuan waktu',
    hint: 'Pilih satuan: hari kerja, hari kalender, jam, atau menit.',
    widget: 'select',
    options: TIME_UNITS,
  }),
};

const timeLimitSchema = z.object({
  ...duration,
  note: field(line(1, 300).optional(), {
    label: 'Catatan waktu',
    hint: 'Misalnya "sejak berkas dinyatakan lengkap".',
    widget: 'string',
  }),
  variants: field(
    z
      .array(
        z.object({
          case: field(line(3, 200), {
            label: 'Kasus',
            hint: 'Kapan waktu ini berlaku, misalnya "Perlu pemeriksaan lapangan".',
            widget: 'string',
          }),
          ...duration,
        }),
      )
      .default([]),
    {
      label: 'Waktu menurut jenis kasus',
      hint: 'Isi bila lama layanan bergantung pada kasusnya. Boleh dikosongkan.',
      widget: 'list',
    },
  ),
});

export const COST_KINDS = {
  free: 'Tidak dipungut biaya',
  tariff: 'Dikenakan tarif',
} as const;
type CostKind = keyof typeof COST_KINDS;

const costSchema = z
  .object({
    kind: field(z.enum(Object.keys(COST_KINDS) as [CostKind, ...CostKind[]]), {
      label: 'Jenis biaya',
      hint: 'Pilih "Tidak dipungut biaya" bila layanan gratis.',
      widget: 'select',
      options: COST_KINDS,
    }),
    tariffs: field(
      z
        .array(
          z.object({
            item: field(line(2, 200), {
              label: 'Jenis layanan atau pengujian',
              hint: 'Misalnya "Uji cemaran mikroba pangan".',
              widget: 'string',
            }),
            amount: field(z.number().int().nonnegative(), {
              label: 'Tarif (rupiah)',
              hint: 'Angka tanpa titik, misalnya 150000.',
              widget: 'number',
            }),
            per: field(line(2, 60).optional(), {
              label: 'Per',
              hint: 'Satuan tarif, misalnya "sampel" atau "parameter".',
              widget: 'string',
            }),
          }),
        )
        .default([]),
      { label: 'Daftar tarif', hint: 'Wajib diisi bila layanan dikenakan tarif.', widget: 'list' },
    ),
    legalBasis: field(line(5, 300).optional(), {
      label: 'Dasar hukum tarif',
      hint: 'Misalnya "PP Nomor 32 Tahun 2017 tentang Jenis dan Tarif atas Jenis PNBP yang Berlaku pada BPOM".',
      widget: 'string',
    }),
  })
  .superRefine((cost, ctx) => {
    if (cost.kind === 'tariff' && cost.tariffs.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['tariffs'],
        message: 'Jenis biaya "Dikenakan tarif" tetapi daftar tarif kosong. Tambahkan tarifnya, atau pilih "Tidak dipungut biaya".',
      });
    }
    if (cost.kind === 'tariff' && !cost.legalBasis) {
      ctx.addIssue({
        code: 'custom',
        path: ['legalBasis'],
        message: 'Tarif wajib punya dasar hukum. Isi peraturan yang menetapkan tarif tersebut.',
      });
    }
    if (cost.kind === 'free' && cost.tariffs.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['tariffs'],
        message: 'Layanan ditandai gratis tetapi punya daftar tarif. Hapus tarifnya, atau pilih "Dikenakan tarif".',
      });
    }
  });

const listOfLines = (label: string, hint: string, min = 1) =>
  field(z.array(line(2, 500)).min(min), { label, hint, widget: 'list' });

const decreeSchema = z.object({
  number: field(line(3, 120), {
    label: 'Nomor keputusan',
    hint: 'Nomor Surat Keputusan Kepala Balai yang menetapkan standar ini.',
    widget: 'string',
  }),
  date: field(calendarDate(), { label: 'Tanggal keputusan', widget: 'date' }),
  signatory: field(line(3, 160), {
    label: 'Penandatangan',
    hint: 'Nama dan jabatan, misalnya "Kepala Balai POM di Bengkulu".',
    widget: 'string',
  }),
});

export function serviceSchema() {
  return z.object({
    title: field(line(5, 120), {
      label: 'Nama layanan',
      hint: 'Nama yang dikenal masyarakat, misalnya "Layanan Pengaduan dan Informasi Obat dan Makanan".',
      widget: 'string',
    }),
    summary: field(line(50, 160), {
      label: 'Ringkasan',
      hint: 'Satu kalimat tentang manfaat layanan, 50–160 karakter.',
      widget: 'text',
    }),
    order: field(z.number().int().min(0).max(999).default(100), {
      label: 'Urutan tampil',
      hint: 'Angka kecil tampil lebih dulu di daftar layanan.',
      widget: 'number',
    }),
    audience: listOfLines('Untuk siapa', 'Siapa yang dapat memakai layanan ini, satu kelompok per baris.'),
    location: field(paragraph(5, 500), {
      label: 'Tempat dan cara mengakses',
      hint: 'Loket, jam, dan saluran daring, misalnya "Loket ULPK lantai 1, Senin–Jumat 08.00–15.00, atau melalui WhatsApp".',
      widget: 'text',
    }),

    // Komponen penyampaian pelayanan (service delivery): six components.
    requirements: listOfLines('Persyaratan', 'Satu dokumen atau syarat per baris. Tulis "Tidak ada persyaratan khusus" bila memang tidak ada.'),
    procedure: listOfLines('Sistem, mekanisme, dan prosedur', 'Langkah berurutan, satu langkah per baris, dimulai dari yang pertama dilakukan pemohon.'),
    timeLimit: field(timeLimitSchema, {
      label: 'Jangka waktu pelayanan',
      hint: 'Waktu paling lama sampai layanan selesai.',
      widget: 'object',
    }),
    cost: field(costSchema, { label: 'Biaya/tarif', widget: 'object' }),
    products: listOfLines('Produk pelayanan', 'Apa yang diterima pemohon, misalnya "Jawaban tertulis atas pengaduan".'),
    complaintHandling: field(paragraph(10, 2000), {
      label: 'Penanganan pengaduan, saran, dan masukan',
      hint: 'Ke mana pengguna menyampaikan keluhan tentang layanan ini dan bagaimana ditindaklanjuti.',
      widget: 'text',
    }),

    // Komponen pengelolaan pelayanan (service management): eight components.
    legalBasis: listOfLines('Dasar hukum', 'Satu peraturan per baris, misalnya "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik".'),
    facilities: listOfLines('Sarana, prasarana, dan/atau fasilitas', 'Satu fasilitas per baris.'),
    competence: listOfLines('Kompetensi pelaksana', 'Kemampuan yang harus dimiliki petugas, satu per baris.'),
    internalSupervision: field(paragraph(10, 1000), {
      label: 'Pengawasan internal',
      hint: 'Siapa yang mengawasi pelaksanaan layanan dan bagaimana.',
      widget: 'text',
    }),
    staffing: field(paragraph(3, 500), {
      label: 'Jumlah pelaksana',
      hint: 'Misalnya "3 orang petugas ULPK".',
      widget: 'string',
    }),
    serviceGuarantee: field(paragraph(10, 1000), {
      label: 'Jaminan pelayanan',
      hint: 'Janji kepastian layanan kepada pengguna.',
      widget: 'text',
    }),
    safetyGuarantee: field(paragraph(10, 1000), {
      label: 'Jaminan keamanan dan keselamatan pelayanan',
      hint: 'Bagaimana data, dokumen, dan keselamatan pengguna dijaga.',
      widget: 'text',
    }),
    performanceEvaluation: field(paragraph(10, 1000), {
      label: 'Evaluasi kinerja pelaksana',
      hint: 'Kapan dan bagaimana kinerja petugas dinilai.',
      widget: 'text',
    }),

    reviewedOn: field(calendarDate(), {
      label: 'Ditetapkan atau terakhir ditinjau',
      hint: 'Tanggal standar ini ditetapkan atau terakhir ditinjau ulang.',
      widget: 'date',
    }),
    decree: field(decreeSchema.optional(), {
      label: 'Surat Keputusan penetapan',
      hint: 'Keputusan Kepala Balai yang menetapkan standar ini.',
      widget: 'object',
    }),
  });
}

export type ServiceData = z.output<ReturnType<typeof serviceSchema>>;
