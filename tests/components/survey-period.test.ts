import { describe, expect, test } from 'vitest';
import SurveyPeriod from '../../src/components/survey/SurveyPeriod.astro';
import { surveyReport } from '../../src/lib/survey/report.ts';
import { IKM_ELEMENT_KEYS, type SurveyData } from '../../src/schema/surveys.ts';
import { render } from '../helpers/render.ts';

const elements = (mean: number) => Object.fromEntries(IKM_ELEMENT_KEYS.map((key) => [key, mean])) as SurveyData['results']['elements'];

function entry(data: SurveyData) {
  const report = surveyReport(data);
  return { id: 'semester-1-2026', data, report, result: report.result };
}

const imported: SurveyData = {
  title: 'Semester I 2026',
  start: '2026-01-01',
  end: '2026-06-30',
  population: 1200,
  results: {
    respondents: 263,
    elements: { ...elements(3.8), completionTime: 3.61, complaintHandling: 3.65, procedure: 3.69 },
    answers: Object.fromEntries(IKM_ELEMENT_KEYS.map((key) => [key, { valid: 261, excluded: 2 }])) as NonNullable<SurveyData['results']['answers']>,
    services: [
      { name: 'Pengujian', respondents: 150, elements: elements(3.7) },
      { name: 'Layanan lainnya', respondents: 113, elements: elements(3.9) },
    ],
    profile: { gender: [{ group: 'Perempuan', count: 146 }, { group: 'Laki-laki', count: 117 }] },
  },
  followUp: ['Menambah kursi tunggu di dekat loket pengujian.'],
};

describe('SurveyPeriod', () => {
  test('index, sample adequacy, weakest elements, valid answers, services, profile and follow-up', async () => {
    const { root, text } = await render(SurveyPeriod, { survey: entry(imported) });
    expect(root.querySelector('h2')?.textContent).toBe('Semester I 2026');
    expect(text).toContain('Sampel belum cukup: 263 responden dari 1.200 pengguna layanan, sedangkan menurut tabel Krejcie–Morgan sampel paling sedikit 291 responden (kurang 28).');
    expect([...root.querySelectorAll('h3 + p + ul li')].map((item) => item.textContent)).toEqual(['Waktu penyelesaian: 3,61', 'Penanganan pengaduan, saran, dan masukan: 3,65', 'Sistem, mekanisme, dan prosedur: 3,69']);
    expect(text).toContain('261 dari 263');
    const services = [...root.querySelectorAll('table')].find((table) => table.querySelector('caption')?.textContent?.startsWith('Nilai IKM per jenis layanan'));
    expect([...services!.querySelectorAll('tbody tr')].map((row) => row.textContent)).toEqual(['Pengujian15092,50A (Sangat Baik)', 'Layanan lainnya11397,50A (Sangat Baik)']);
    const profile = root.querySelector('.profile-question');
    expect(profile?.querySelector('svg[role="img"]')?.getAttribute('aria-label')).toBe('Grafik batang jenis kelamin responden, Semester I 2026. Angka lengkapnya ada pada tabel di bawah grafik.');
    expect([...profile!.querySelectorAll('tbody tr')].map((row) => row.textContent)).toEqual(['Perempuan14655,5%', 'Laki-laki11744,5%']);
    expect(text).toContain('Menambah kursi tunggu di dekat loket pengujian.');
    expect(root.querySelector('script')).toBeNull();
  });

  test('a period with only the nine means shows them, without the parts it has no data for', async () => {
    const { root, text } = await render(SurveyPeriod, {
      survey: entry({ title: 'Tahun 2022', start: '2022-01-01', end: '2022-12-31', results: { respondents: 384, elements: elements(3.6) }, followUp: [] }),
    });
    expect(text).toContain('Nilai IKM: 90,00, mutu pelayanan A (Sangat Baik), 384 responden.');
    expect(text).not.toMatch(/Sampel|Jawaban sah|jenis layanan|Profil responden/);
    expect(root.querySelectorAll('tbody tr')).toHaveLength(9);
  });
});
