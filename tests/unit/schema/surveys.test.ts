import { describe, expect, test } from 'vitest';
import { parse, validData } from '../../helpers/content-fixtures.ts';
import { IKM_ELEMENT_KEYS, IKM_ELEMENTS } from '../../../src/schema/index.ts';
import { testInvalidCases } from './invalid-cases.ts';

/** Answer counts that agree with 300 respondents, for the rules across fields. */
const countsFor = (respondents: number) => Object.fromEntries(IKM_ELEMENT_KEYS.map((key) => [key, { valid: respondents - 2, excluded: 2 }]));

describe('survey schema: valid entry', () => {
  test('stores the nine element means by name, under the results', () => {
    const parsed = parse('surveys', validData('surveys'));
    expect(Object.keys(parsed.results.elements).sort()).toEqual([...IKM_ELEMENT_KEYS].sort());
    expect(IKM_ELEMENT_KEYS).toHaveLength(9);
    expect(parsed.results.elements.facilities).toBe(3.74);
    expect(parsed.results.respondents).toBe(300);
  });

  test('element names are the regulation’s, not U-numbers', () => {
    expect(Object.values(IKM_ELEMENTS)).toContain('Penanganan pengaduan, saran, dan masukan');
    expect(IKM_ELEMENT_KEYS.some((key) => /^u\d$/i.test(key))).toBe(false);
  });

  test('a typed index or grade is ignored: both are always computed', () => {
    const data = validData('surveys');
    Object.assign(data, { index: 99.99, grade: 'A' });
    Object.assign(data.results, { index: 99.99 });
    const parsed = parse('surveys', data);
    expect(parsed).not.toHaveProperty('index');
    expect(parsed).not.toHaveProperty('grade');
    expect(parsed.results).not.toHaveProperty('index');
  });

  test('answer counts, services, profile and population that agree with the respondents are accepted', () => {
    const data = validData('surveys');
    data.population = 1200;
    data.results.answers = countsFor(300);
    data.results.services = [{ name: 'Sertifikasi', respondents: 200, elements: data.results.elements }];
    data.results.profile = { gender: [{ group: 'Perempuan', count: 170 }, { group: 'Laki-laki', count: 130 }] };
    const parsed = parse('surveys', data);
    expect(parsed.population).toBe(1200);
    expect(parsed.results.profile?.gender).toHaveLength(2);
  });
});

describe('survey schema: invalid entries', () => {
  testInvalidCases('surveys', [
    {
      name: 'element mean above 4',
      change: (d) => (d.results.elements.requirements = 4.5),
      path: 'results.elements.requirements',
      label: 'Hasil survei › Nilai rata-rata per unsur › Persyaratan',
      message: /^Paling besar 4\.$/,
      hint: /antara 1,00 dan 4,00/,
    },
    {
      name: 'element mean below 1',
      change: (d) => (d.results.elements.staffBehaviour = 0.9),
      path: 'results.elements.staffBehaviour',
      label: 'Hasil survei › Nilai rata-rata per unsur › Perilaku pelaksana',
      message: /^Paling kecil 1\.$/,
    },
    {
      name: 'element missing',
      change: (d) => delete d.results.elements.facilities,
      path: 'results.elements.facilities',
      label: 'Hasil survei › Nilai rata-rata per unsur › Sarana dan prasarana',
      message: /^Wajib diisi\.$/,
    },
    {
      name: 'decimal comma typed as text',
      change: (d) => (d.results.elements.cost = '3,93'),
      path: 'results.elements.cost',
      label: 'Hasil survei › Nilai rata-rata per unsur › Biaya/tarif',
      message: /^Harus berupa angka\.$/,
    },
    {
      name: 'respondents as a fraction',
      change: (d) => (d.results.respondents = 12.5),
      path: 'results.respondents',
      label: 'Hasil survei › Jumlah responden',
      message: /^Harus berupa bilangan bulat \(tanpa koma\)\.$/,
    },
    {
      name: 'no respondents',
      change: (d) => (d.results.respondents = 0),
      path: 'results.respondents',
      label: 'Hasil survei › Jumlah responden',
      message: /^Paling kecil 1\.$/,
    },
    {
      name: 'a profile group of fewer than five respondents',
      change: (d) => (d.results.profile = { gender: [{ group: 'Perempuan', count: 297 }, { group: 'Laki-laki', count: 3 }] }),
      path: 'results.profile.gender.1.count',
      label: 'Hasil survei › Profil responden › Jenis kelamin › nomor 2 › Jumlah responden',
      message: /^Paling kecil 5\.$/,
      hint: /digabung ke "Lainnya" agar tidak ada responden yang bisa dikenali/,
    },
    {
      name: 'profile groups that do not add up to the respondents',
      change: (d) => (d.results.profile = { age: [{ group: '20–29 tahun', count: 100 }, { group: 'Lainnya', count: 150 }] }),
      path: 'results.profile.age',
      label: 'Hasil survei › Profil responden › Usia',
      message: /^Jumlah semua kelompok \(250\) harus sama dengan jumlah responden \(300\)\. Impor ulang lembar jawabannya\.$/,
    },
    {
      name: 'answer counts that do not add up to the respondents',
      change: (d) => (d.results.answers = { ...countsFor(300), cost: { valid: 290, excluded: 2 } }),
      path: 'results.answers.cost',
      label: 'Hasil survei › Jumlah jawaban per unsur › Biaya/tarif',
      message: /Jawaban sah \(290\) ditambah yang tidak dihitung \(2\) harus sama dengan jumlah responden \(300\)/,
    },
    {
      name: 'a population that is not a whole number',
      change: (d) => (d.population = 1200.5),
      path: 'population',
      label: 'Jumlah pengguna layanan (populasi)',
      message: /bilangan bulat/,
      hint: /Krejcie–Morgan/,
    },
    {
      name: 'period ends before it starts',
      change: (d) => (d.end = '2024-12-31'),
      path: 'end',
      label: 'Akhir periode',
      message: /Akhir periode \(2024-12-31\) lebih awal dari awal periode \(2025-01-01\)\./,
    },
  ]);
});
