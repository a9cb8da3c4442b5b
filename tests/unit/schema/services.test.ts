import { describe, expect, test } from 'vitest';
import { parse, problemsOf, validData } from '../../helpers/content-fixtures.ts';
import { serviceSchema } from '../../../src/schema/index.ts';
import { readEntry } from '../../../src/content-check/read-entries.ts';
import { validFixtureRoot } from '../../helpers/content-fixtures.ts';
import { testInvalidCases } from './invalid-cases.ts';

/** PermenPAN-RB No. 15/2014: six service-delivery and eight management components. */
const DELIVERY = ['requirements', 'procedure', 'timeLimit', 'cost', 'products', 'complaintHandling'];
const MANAGEMENT = [
  'legalBasis', 'facilities', 'competence', 'internalSupervision',
  'staffing', 'serviceGuarantee', 'safetyGuarantee', 'performanceEvaluation',
];

describe('service schema: the standard', () => {
  test('holds all 14 components, each required', () => {
    const shape = serviceSchema().shape;
    for (const key of [...DELIVERY, ...MANAGEMENT]) {
      expect(shape, key).toHaveProperty(key);
      const data = validData('services');
      delete data[key];
      expect(problemsOf('services', data).map((problem) => problem.path), `${key} is required`).toContain(key);
    }
  });

  test('requirements and steps may be given by kind of application instead, and a file without those lists still reads', () => {
    const { requirements, procedure, ...rest } = validData('services');
    const byCase = {
      ...rest,
      requirementsByCase: [{ case: 'Permohonan baru', items: ['Surat permohonan'] }],
      procedureByCase: [{ case: 'Permohonan baru', items: ['Pemohon mengisi formulir.'] }],
    };
    const parsed = parse('services', byCase);
    expect(parsed.requirements).toEqual([]);
    expect(parsed.requirementsByCase).toEqual([{ case: 'Permohonan baru', items: ['Surat permohonan'] }]);
    expect(parse('services', { ...rest, requirements, procedure }).requirementsByCase).toEqual([]);
  });

  test('has no field for the reviewing forums: they are derived from the forums', () => {
    expect(Object.keys(serviceSchema().shape).filter((key) => /forum|review(ed)?By/i.test(key))).toEqual([]);
  });

  test('a free service parses with its time variants and decree', () => {
    const parsed = parse('services', validData('services'));
    expect(parsed.cost).toEqual({ kind: 'free', tariffs: [] });
    expect(parsed.timeLimit.variants).toEqual([{ case: 'Konsultasi langsung di loket', amount: 30, unit: 'menit' }]);
    expect(parsed.decree.date).toBe('2025-06-24');
    expect(parsed.reviewedOn).toBe('2025-06-20');
  });

  test('a service with tariffs parses, and its display order defaults to 100', () => {
    const raw = readEntry(validFixtureRoot, 'content/services/pengujian.mdx', 'pengujian');
    const parsed = parse('services', raw.data);
    expect(parsed.order).toBe(100);
    expect(parsed.cost.tariffs).toEqual([{ item: 'Uji cemaran mikroba pangan', amount: 150000, per: 'sampel' }]);
    expect(parsed.cost.legalBasis).toMatch(/PP Nomor 32 Tahun 2017/);
  });
});

describe('service schema: invalid entries', () => {
  testInvalidCases('services', [
    {
      name: 'tariff without a tariff list',
      change: (d) => (d.cost = { kind: 'tariff', legalBasis: 'PP Nomor 32 Tahun 2017' }),
      path: 'cost.tariffs',
      label: 'Biaya/tarif › Daftar tarif',
      message: /daftar tarif kosong\. Tambahkan tarifnya, atau pilih "Tidak dipungut biaya"\./,
    },
    {
      name: 'tariff without legal basis',
      change: (d) => (d.cost = { kind: 'tariff', tariffs: [{ item: 'Uji mikroba', amount: 150000 }] }),
      path: 'cost.legalBasis',
      label: 'Biaya/tarif › Dasar hukum tarif',
      message: /Tarif wajib punya dasar hukum\. Isi peraturan/,
    },
    {
      name: 'free service with tariffs',
      change: (d) => (d.cost.tariffs = [{ item: 'Uji mikroba', amount: 150000 }]),
      path: 'cost.tariffs',
      label: 'Biaya/tarif › Daftar tarif',
      message: /ditandai gratis tetapi punya daftar tarif\. Hapus tarifnya/,
    },
    {
      name: 'cost kind not on the list',
      change: (d) => (d.cost.kind = 'gratis'),
      path: 'cost.kind',
      label: 'Biaya/tarif › Jenis biaya',
      message: /^"gratis" bukan pilihan yang tersedia\. Pilih salah satu: Tidak dipungut biaya; Dikenakan tarif\.$/,
    },
    {
      name: 'time unit not on the list',
      change: (d) => (d.timeLimit.unit = 'minggu'),
      path: 'timeLimit.unit',
      label: 'Jangka waktu pelayanan › Satuan waktu',
      message: /^"minggu" bukan pilihan yang tersedia\. Pilih salah satu: hari kerja; hari kalender; jam; menit\.$/,
    },
    {
      name: 'time limit of zero',
      change: (d) => (d.timeLimit.amount = 0),
      path: 'timeLimit.amount',
      label: 'Jangka waktu pelayanan › Lama',
      message: /^Harus lebih dari 0\.$/,
      hint: /Angka saja/,
    },
    {
      name: 'time limit as text',
      change: (d) => (d.timeLimit.amount = '5 hari'),
      path: 'timeLimit.amount',
      label: 'Jangka waktu pelayanan › Lama',
      message: /^Harus berupa angka\.$/,
      hint: /Angka saja, misalnya 5/,
    },
    {
      name: 'variant without its case',
      change: (d) => delete d.timeLimit.variants[0].case,
      path: 'timeLimit.variants.0.case',
      label: 'Jangka waktu pelayanan › Waktu menurut jenis kasus › nomor 1 › Kasus',
      message: /^Wajib diisi\.$/,
      hint: /Perlu pemeriksaan lapangan/,
    },
    {
      name: 'no requirements listed, neither for every application nor by kind',
      change: (d) => (d.requirements = []),
      path: 'requirements',
      label: 'Persyaratan',
      message: /^Tulis paling sedikit satu persyaratan, di sini atau menurut jenis permohonan\./,
      hint: /Wajib diisi bila tidak ada persyaratan menurut jenis permohonan/,
    },
    {
      name: 'a kind of application without its requirements',
      change: (d) => (d.requirementsByCase = [{ case: 'Perpanjangan', items: [] }]),
      path: 'requirementsByCase.0.items',
      label: 'Persyaratan menurut jenis permohonan › nomor 1 › Persyaratan untuk jenis ini',
      message: /^Paling sedikit 1 isian\.$/,
    },
    {
      name: 'management component missing',
      change: (d) => delete d.internalSupervision,
      path: 'internalSupervision',
      label: 'Pengawasan internal',
      message: /^Wajib diisi\.$/,
    },
    {
      name: 'review date that does not exist',
      change: (d) => (d.reviewedOn = '2025-02-29'),
      path: 'reviewedOn',
      label: 'Ditetapkan atau terakhir ditinjau',
      message: /2025-02-29 tidak ada di kalender/,
    },
    {
      name: 'tariff with a thousands separator',
      change: (d) => (d.cost = { kind: 'tariff', tariffs: [{ item: 'Uji mikroba', amount: 150.5 }], legalBasis: 'PP Nomor 32 Tahun 2017' }),
      path: 'cost.tariffs.0.amount',
      label: 'Biaya/tarif › Daftar tarif › nomor 1 › Tarif (rupiah)',
      message: /^Harus berupa bilangan bulat \(tanpa koma\)\.$/,
      hint: /Angka tanpa titik, misalnya 150000/,
    },
  ]);
});
