import { describe, expect, test } from 'vitest';
import ServiceTimeLimit from '../../src/components/ServiceTimeLimit.astro';
import { render } from '../helpers/render.ts';

describe('ServiceTimeLimit', () => {
  test('one time limit with its note', async () => {
    const { root, text } = await render(ServiceTimeLimit, {
      timeLimit: { amount: 5, unit: 'hari-kerja', note: 'sejak berkas dinyatakan lengkap', variants: [] },
    });
    expect(text).toBe('Paling lama 5 hari kerja, sejak berkas dinyatakan lengkap.');
    expect(root.querySelector('table')).toBeNull();
  });

  test('variants by case in a table', async () => {
    const { root, text } = await render(ServiceTimeLimit, {
      timeLimit: {
        amount: 5,
        unit: 'hari-kerja',
        variants: [
          { case: 'Pertanyaan normatif', amount: 5, unit: 'hari-kerja' },
          { case: 'Perlu pemeriksaan lapangan', amount: 60, unit: 'hari-kerja' },
          { case: 'Dijawab langsung di loket', amount: 15, unit: 'menit' },
        ],
      },
    });
    expect(text).toMatch(/^Paling lama 5 hari kerja\./);
    const rows = [...root.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Pertanyaan normatif', '5 hari kerja'],
      ['Perlu pemeriksaan lapangan', '60 hari kerja'],
      ['Dijawab langsung di loket', '15 menit'],
    ]);
  });
});
