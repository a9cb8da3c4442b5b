import { describe, expect, test } from 'vitest';
import { parse, validData } from '../../helpers/content-fixtures.ts';
import { IKM_ELEMENT_KEYS, IKM_ELEMENTS } from '../../../src/schema/index.ts';
import { testInvalidCases } from './invalid-cases.ts';

describe('survey schema: valid entry', () => {
  test('stores the nine element means by name', () => {
    const parsed = parse('surveys', validData('surveys'));
    expect(Object.keys(parsed.elements).sort()).toEqual([...IKM_ELEMENT_KEYS].sort());
    expect(IKM_ELEMENT_KEYS).toHaveLength(9);
    expect(parsed.elements.facilities).toBe(3.74);
    expect(parsed.respondents).toBe(300);
  });

  test('element names are the regulation’s, not U-numbers', () => {
    expect(Object.values(IKM_ELEMENTS)).toContain('Penanganan pengaduan, saran, dan masukan');
    expect(IKM_ELEMENT_KEYS.some((key) => /^u\d$/i.test(key))).toBe(false);
  });

  test('a typed index or grade is ignored: both are always computed', () => {
    const data = validData('surveys');
    Object.assign(data, { index: 99.99, grade: 'A' });
    const parsed = parse('surveys', data);
    expect(parsed).not.toHaveProperty('index');
    expect(parsed).not.toHaveProperty('grade');
  });
});

describe('survey schema: invalid entries', () => {
  testInvalidCases('surveys', [
    {
      name: 'element mean above 4',
      change: (d) => (d.elements.requirements = 4.5),
      path: 'elements.requirements',
      label: 'Nilai rata-rata per unsur › Persyaratan',
      message: /^Paling besar 4\.$/,
      hint: /antara 1,00 dan 4,00/,
    },
    {
      name: 'element mean below 1',
      change: (d) => (d.elements.staffBehaviour = 0.9),
      path: 'elements.staffBehaviour',
      label: 'Nilai rata-rata per unsur › Perilaku pelaksana',
      message: /^Paling kecil 1\.$/,
    },
    {
      name: 'element missing',
      change: (d) => delete d.elements.facilities,
      path: 'elements.facilities',
      label: 'Nilai rata-rata per unsur › Sarana dan prasarana',
      message: /^Wajib diisi\.$/,
    },
    {
      name: 'decimal comma typed as text',
      change: (d) => (d.elements.cost = '3,93'),
      path: 'elements.cost',
      label: 'Nilai rata-rata per unsur › Biaya/tarif',
      message: /^Harus berupa angka\.$/,
      hint: /Pakai titik sebagai pemisah desimal, misalnya 3\.62/,
    },
    {
      name: 'respondents as a fraction',
      change: (d) => (d.respondents = 12.5),
      path: 'respondents',
      label: 'Jumlah responden',
      message: /^Harus berupa bilangan bulat \(tanpa koma\)\.$/,
    },
    {
      name: 'no respondents',
      change: (d) => (d.respondents = 0),
      path: 'respondents',
      label: 'Jumlah responden',
      message: /^Harus lebih dari 0\.$/,
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
