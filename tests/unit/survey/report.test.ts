/**
 * What a period's page computes from stored aggregates, the Dataset it describes itself as,
 * the profile bar chart's geometry, and the editor's import panel as HTML.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { storedPanel, analysisPanel } from '../../../src/cms/widgets/survey-import-report.ts';
import { textWidth } from '../../../src/lib/chart-text.ts';
import { surveyDataset } from '../../../src/lib/structured-data/survey-dataset.ts';
import { profileChart } from '../../../src/lib/survey/profile-chart.ts';
import { surveyReport } from '../../../src/lib/survey/report.ts';
import { analyzeSheet } from '../../../src/lib/survey/sheet/analyze.ts';
import { IKM_ELEMENT_KEYS, type SurveyResults } from '../../../src/schema/surveys.ts';

const elements = (mean: number) => Object.fromEntries(IKM_ELEMENT_KEYS.map((key) => [key, mean])) as SurveyResults['elements'];

const results: SurveyResults = {
  respondents: 200,
  elements: { ...elements(3.8), completionTime: 3.5, complaintHandling: 3.6, cost: 3.7 },
  services: [
    { name: 'Pengujian', respondents: 120, elements: elements(3.6) },
    { name: 'Layanan lainnya', respondents: 80, elements: elements(3.0) },
  ],
  profile: { gender: [{ group: 'Perempuan', count: 110 }, { group: 'Laki-laki', count: 90 }] },
};

describe('a period report', () => {
  const report = surveyReport({ results, population: 1000 });

  test('index, grade, weakest elements and per-service results come from the aggregates', () => {
    // (6 × 3,8 + 3,5 + 3,6 + 3,7) / 9 = 3,7333…; × 25 = 93,33
    expect(report.result).toEqual({ index: 93.33, grade: 'A', label: 'Sangat Baik' });
    expect(report.weakest).toEqual(['completionTime', 'complaintHandling', 'cost']);
    expect(report.services).toEqual([
      { name: 'Pengujian', respondents: 120, result: { index: 90, grade: 'A', label: 'Sangat Baik' } },
      { name: 'Layanan lainnya', respondents: 80, result: { index: 75, grade: 'C', label: 'Kurang Baik' } },
    ]);
  });

  test('shares of the profile, and the sample against the Krejcie–Morgan minimum', () => {
    expect(report.profile.map(({ question, groups }) => [question, groups.map((group) => [group.group, group.count, Math.round(group.share * 1e9) / 1e9])])).toEqual([
      ['gender', [['Perempuan', 110, 55], ['Laki-laki', 90, 45]]],
    ]);
    expect(report.sample).toEqual({ population: 1000, minimum: 278, respondents: 200, enough: false, shortfall: 78 });
    expect(surveyReport({ results, population: undefined }).sample).toBeUndefined();
  });
});

describe('the survey page as a Dataset', () => {
  test('one part per period with its span, index and respondents', () => {
    const dataset = surveyDataset({
      url: 'https://contoh.go.id/survei-kepuasan/',
      name: 'Survei',
      description: 'IKM per periode',
      periodName: (period) => `IKM ${period.title}`,
      indexName: 'IKM',
      respondentsName: 'Responden',
      method: 'PermenPAN-RB 14/2017',
      periods: [
        { title: 'Tahun 2024', start: '2024-01-01', end: '2024-12-31', index: 93.56, grade: 'A', respondents: 455 },
        { title: 'Semester I 2025', start: '2025-01-01', end: '2025-06-30', index: 94.49, grade: 'A', respondents: 238 },
      ],
      publisher: { '@id': 'https://contoh.go.id/#kantor' },
    });
    expect(dataset).toMatchObject({ '@type': 'Dataset', temporalCoverage: '2024-01-01/2025-06-30', publisher: { '@id': 'https://contoh.go.id/#kantor' } });
    expect((dataset!.hasPart as unknown[])[1]).toEqual({
      '@type': 'Dataset',
      name: 'IKM Semester I 2025',
      description: 'IKM Semester I 2025',
      temporalCoverage: '2025-01-01/2025-06-30',
      variableMeasured: [
        { '@type': 'PropertyValue', name: 'IKM', value: 94.49, minValue: 25, maxValue: 100 },
        { '@type': 'PropertyValue', name: 'Responden', value: 238 },
      ],
    });
  });
});

describe('profile bar chart', () => {
  test('bars as long as their shares, names on their own line, shares after the bars, all inside', () => {
    const chart = profileChart([
      { group: 'Perempuan', count: 110, share: 55 },
      { group: 'Nama kelompok yang sangat panjang sekali sehingga tidak muat di satu baris gambar', count: 90, share: 45 },
    ]);
    expect(chart.bars[0]!.width / chart.bars[1]!.width).toBeCloseTo(55 / 45, 2);
    const [name, share] = chart.labels;
    expect(name!.y).toBeLessThan(chart.bars[0]!.y);
    expect(share!.x).toBeGreaterThan(chart.bars[0]!.width);
    for (const label of chart.labels) expect(label.x + textWidth(label.lines[0]!, { size: 14, bold: label.bold })).toBeLessThanOrEqual(chart.width);
    expect(chart.labels[2]!.lines[0]).toMatch(/…$/);
  });
});

describe('the import panel', () => {
  const actions = { onOrder: () => {}, onConfirm: () => {}, onCancel: () => {} };
  const header = ['U1 Persyaratan', 'U2 Prosedur', 'U3 Waktu penyelesaian', 'U4 Biaya', 'U5 Produk', 'U6 Kompetensi', 'U7 Perilaku', 'U8', 'U9'];

  test('a sheet waiting for the U8/U9 order shows the choice and the reason, and no button to use it', () => {
    const html = renderToStaticMarkup(analysisPanel('jawaban.xlsx', analyzeSheet([header, [4, 4, 4, 4, 4, 4, 4, 4, 4]]), undefined, actions, 'f') as never);
    expect(html).toContain('Urutan U8 dan U9 pada kuesioner Anda');
    expect(html).toContain('role="alert"');
    expect(html).toContain('Kolom H dan I hanya berjudul U8/U9.');
    expect(html).not.toContain('Pakai hasil ini');
    expect(html).toContain('Batal');
  });

  test('a usable sheet shows its result and the button to use it', () => {
    const html = renderToStaticMarkup(analysisPanel('jawaban.xlsx', analyzeSheet([header, [4, 4, 4, 4, 4, 4, 4, 4, 5], [4, 4, 4, 4, 4, 4, 4, 4, 4]], { order: 'questionnaire' }), 'questionnaire', actions, 'f') as never);
    expect(html).toContain('IKM 100,00 (A, Sangat Baik) · 2 responden');
    expect(html).toContain('Baris 2, kolom I (U9): 5 di luar skala 1–4.');
    expect(html).toContain('Pakai hasil ini');
  });

  test('the results in the form, or a plain statement that there are none', () => {
    expect(renderToStaticMarkup(storedPanel(undefined) as never)).toContain('Belum ada hasil.');
    const html = renderToStaticMarkup(storedPanel(results) as never);
    expect(html).toContain('IKM 93,33 (A, Sangat Baik) · 200 responden');
    expect(html).toContain('Jenis layanan: Pengujian (120); Layanan lainnya (80).');
  });
});
