/**
 * Standar pelayanan: one file per service, holding all 14 components of PermenPAN-RB
 * No. 15/2014. The six "penyampaian pelayanan" components come first because they are what
 * a member of the public needs before using the service; the eight "pengelolaan pelayanan"
 * components follow. Which forums reviewed a standard is derived from the forums' own
 * references, never typed here.
 */
import { z } from 'zod';
import { calendarDate, field, line, paragraph, type FormSection } from './fields.ts';

/**
 * The parts of the form, in the order a reader meets them on the page. They exist only in the
 * editor: the file stays flat, one key per component.
 */
export const SERVICE_SECTIONS = {
  whoAndWhere: { name: 'whoAndWhere', label: 'Untuk siapa dan di mana', hint: 'Siapa yang dapat memakai layanan, dan di mana atau lewat saluran apa.' },
  whatToBring: { name: 'whatToBring', label: 'Persyaratan', hint: 'Dokumen dan syarat yang perlu disiapkan pemohon, bila perlu menurut jenis permohonan.' },
  steps: { name: 'steps', label: 'Sistem, mekanisme, dan prosedur', hint: 'Langkah-langkah layanan, bila perlu menurut jenis permohonan.' },
  timeAndCost: { name: 'timeAndCost', label: 'Waktu dan biaya', hint: 'Jangka waktu pelayanan dan biaya/tarif.' },
  whatYouReceive: { name: 'whatYouReceive', label: 'Produk pelayanan', hint: 'Apa yang diterima pemohon.' },
  complaints: { name: 'complaints', label: 'Pengaduan, saran, dan masukan', hint: 'Cara menyampaikan keluhan tentang layanan ini.' },
  management: {
    name: 'management',
    label: 'Pengelolaan pelayanan (8 komponen)',
    hint: 'Dasar hukum, sarana, kompetensi, pengawasan, jumlah pelaksana, jaminan pelayanan, jaminan keamanan, dan evaluasi kinerja.',
  },
  enactment: { name: 'enactment', label: 'Penetapan dan peninjauan', hint: 'Kapan standar ditetapkan atau ditinjau, dan Surat Keputusan penetapannya.' },
} as const satisfies Record<string, FormSection>;
const inSection = (section: FormSection) => ({ section });

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
    widget: 'text',
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
      { label: 'Daftar tarif', requiredWhen: 'Wajib diisi bila layanan dikenakan tarif.', widget: 'list' },
    ),
    legalBasis: field(line(5, 300).optional(), {
      label: 'Dasar hukum tarif',
      hint: 'Misalnya "PP Nomor 32 Tahun 2017 tentang Jenis dan Tarif atas Jenis PNBP yang Berlaku pada BPOM".',
      requiredWhen: 'Wajib diisi bila layanan dikenakan tarif.',
      widget: 'text',
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

const listOfLines = (label: string, hint: string, section: FormSection, itemLabel: string) =>
  field(z.array(line(2, 500)).min(1), { label, hint, widget: 'list', itemLabel, ...inSection(section) });

/**
 * Lines that differ by kind of application (new licence, change, renewal). Standards often
 * split requirements and steps this way; lines for every kind stay in the plain list.
 */
const linesByCase = (options: { label: string; hint: string; itemsLabel: string; itemLabel: string; section: FormSection }) =>
  field(
    z
      .array(
        z.object({
          case: field(line(3, 120), {
            label: 'Jenis permohonan',
            hint: 'Misalnya "Permohonan baru", "Perubahan data", atau "Perpanjangan".',
            widget: 'string',
          }),
          items: field(z.array(line(2, 500)).min(1), { label: options.itemsLabel, widget: 'list', itemLabel: options.itemLabel }),
        }),
      )
      .default([]),
    { label: options.label, hint: options.hint, widget: 'list', ...inSection(options.section) },
  );

/** Lines for every kind of application, required unless every line belongs to a kind. */
const generalLines = (options: { label: string; hint: string; requiredWhen: string; itemLabel: string; section: FormSection }) =>
  field(z.array(line(2, 500)).default([]), {
    label: options.label,
    hint: options.hint,
    requiredWhen: options.requiredWhen,
    widget: 'list',
    itemLabel: options.itemLabel,
    ...inSection(options.section),
  });

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
  return z
    .object({
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
      audience: listOfLines('Untuk siapa', 'Siapa yang dapat memakai layanan ini, satu kelompok per baris.', SERVICE_SECTIONS.whoAndWhere, 'Kelompok pengguna'),
      location: field(paragraph(5, 500), {
        label: 'Tempat dan cara mengakses',
        hint: 'Loket, jam, dan saluran daring, misalnya "Loket ULPK lantai 1, Senin–Jumat 08.00–15.00, atau melalui WhatsApp".',
        widget: 'text',
        ...inSection(SERVICE_SECTIONS.whoAndWhere),
      }),

      // Komponen penyampaian pelayanan (service delivery): six components.
      requirements: generalLines({
        label: 'Persyaratan',
        hint: 'Satu dokumen atau syarat per baris, untuk semua jenis permohonan. Tulis "Tidak ada persyaratan khusus" bila memang tidak ada.',
        requiredWhen: 'Wajib diisi bila tidak ada persyaratan menurut jenis permohonan.',
        itemLabel: 'Persyaratan',
        section: SERVICE_SECTIONS.whatToBring,
      }),
      requirementsByCase: linesByCase({
        label: 'Persyaratan menurut jenis permohonan',
        hint: 'Isi bila persyaratan berbeda menurut jenis permohonan, misalnya permohonan baru, perubahan, atau perpanjangan.',
        itemsLabel: 'Persyaratan untuk jenis ini',
        itemLabel: 'Persyaratan',
        section: SERVICE_SECTIONS.whatToBring,
      }),
      procedure: generalLines({
        label: 'Sistem, mekanisme, dan prosedur',
        hint: 'Langkah berurutan, satu langkah per baris, dimulai dari yang pertama dilakukan pemohon.',
        requiredWhen: 'Wajib diisi bila tidak ada prosedur menurut jenis permohonan.',
        itemLabel: 'Langkah',
        section: SERVICE_SECTIONS.steps,
      }),
      procedureByCase: linesByCase({
        label: 'Prosedur menurut jenis permohonan',
        hint: 'Isi bila langkahnya berbeda menurut jenis permohonan.',
        itemsLabel: 'Langkah untuk jenis ini',
        itemLabel: 'Langkah',
        section: SERVICE_SECTIONS.steps,
      }),
      timeLimit: field(timeLimitSchema, {
        label: 'Jangka waktu pelayanan',
        hint: 'Waktu paling lama sampai layanan selesai.',
        widget: 'object',
        ...inSection(SERVICE_SECTIONS.timeAndCost),
      }),
      cost: field(costSchema, { label: 'Biaya/tarif', widget: 'object', ...inSection(SERVICE_SECTIONS.timeAndCost) }),
      products: listOfLines('Produk pelayanan', 'Apa yang diterima pemohon, misalnya "Jawaban tertulis atas pengaduan".', SERVICE_SECTIONS.whatYouReceive, 'Produk'),
      complaintHandling: field(paragraph(10, 2000), {
        label: 'Penanganan pengaduan, saran, dan masukan',
        hint: 'Ke mana pengguna menyampaikan keluhan tentang layanan ini dan bagaimana ditindaklanjuti.',
        widget: 'text',
        ...inSection(SERVICE_SECTIONS.complaints),
      }),

      // Komponen pengelolaan pelayanan (service management): eight components.
      legalBasis: listOfLines(
        'Dasar hukum',
        'Satu peraturan per baris, misalnya "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik".',
        SERVICE_SECTIONS.management,
        'Peraturan',
      ),
      facilities: listOfLines('Sarana, prasarana, dan/atau fasilitas', 'Satu fasilitas per baris.', SERVICE_SECTIONS.management, 'Fasilitas'),
      competence: listOfLines('Kompetensi pelaksana', 'Kemampuan yang harus dimiliki petugas, satu per baris.', SERVICE_SECTIONS.management, 'Kompetensi'),
      internalSupervision: field(paragraph(10, 1000), {
        label: 'Pengawasan internal',
        hint: 'Siapa yang mengawasi pelaksanaan layanan dan bagaimana.',
        widget: 'text',
        ...inSection(SERVICE_SECTIONS.management),
      }),
      staffing: field(paragraph(3, 500), {
        label: 'Jumlah pelaksana',
        hint: 'Misalnya "3 orang petugas ULPK".',
        widget: 'text',
        ...inSection(SERVICE_SECTIONS.management),
      }),
      serviceGuarantee: field(paragraph(10, 1000), {
        label: 'Jaminan pelayanan',
        hint: 'Janji kepastian layanan kepada pengguna.',
        widget: 'text',
        ...inSection(SERVICE_SECTIONS.management),
      }),
      safetyGuarantee: field(paragraph(10, 1000), {
        label: 'Jaminan keamanan dan keselamatan pelayanan',
        hint: 'Bagaimana data, dokumen, dan keselamatan pengguna dijaga.',
        widget: 'text',
        ...inSection(SERVICE_SECTIONS.management),
      }),
      performanceEvaluation: field(paragraph(10, 1000), {
        label: 'Evaluasi kinerja pelaksana',
        hint: 'Kapan dan bagaimana kinerja petugas dinilai.',
        widget: 'text',
        ...inSection(SERVICE_SECTIONS.management),
      }),

      reviewedOn: field(calendarDate(), {
        label: 'Ditetapkan atau terakhir ditinjau',
        hint: 'Tanggal standar ini ditetapkan atau terakhir ditinjau ulang.',
        widget: 'date',
        ...inSection(SERVICE_SECTIONS.enactment),
      }),
      decree: field(decreeSchema.optional(), {
        label: 'Surat Keputusan penetapan',
        hint: 'Keputusan Kepala Balai yang menetapkan standar ini.',
        widget: 'object',
        ...inSection(SERVICE_SECTIONS.enactment),
      }),
    })
    .superRefine((service, ctx) => {
      if (service.requirements.length === 0 && service.requirementsByCase.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['requirements'],
          message: 'Tulis paling sedikit satu persyaratan, di sini atau menurut jenis permohonan. Tulis "Tidak ada persyaratan khusus" bila memang tidak ada.',
        });
      }
      if (service.procedure.length === 0 && service.procedureByCase.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['procedure'],
          message: 'Tulis paling sedikit satu langkah, di sini atau menurut jenis permohonan.',
        });
      }
    });
}

export type ServiceData = z.output<ReturnType<typeof serviceSchema>>;
