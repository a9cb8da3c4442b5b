import { describe, expect, test } from 'vitest';
import ServiceCost from '../../src/components/ServiceCost.astro';
import { render } from '../helpers/render.ts';

describe('ServiceCost', () => {
  test('a free service says so plainly, without a table', async () => {
    const { root, text } = await render(ServiceCost, { cost: { kind: 'free', tariffs: [] } });
    expect(text).toBe('Tidak dipungut biaya (gratis).');
    expect(root.querySelector('table')).toBeNull();
  });

  test('tariffs in a table with rupiah amounts, unit and legal basis', async () => {
    const { root } = await render(ServiceCost, {
      cost: {
        kind: 'tariff',
        tariffs: [
          { item: 'Uji cemaran mikroba pangan', amount: 150000, per: 'sampel' },
          { item: 'Uji kadar air', amount: 75500 },
        ],
        legalBasis: 'PP Nomor 32 Tahun 2017',
      },
    });
    const rows = [...root.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()));
    expect(rows).toEqual([
      ['Uji cemaran mikroba pangan', 'Rp150.000 per sampel'],
      ['Uji kadar air', 'Rp75.500'],
    ]);
    expect(root.querySelector('caption')?.textContent).toBeTruthy();
    expect([...root.querySelectorAll('th')].every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    expect(root.querySelector('p')?.textContent).toMatch(/PP Nomor 32 Tahun 2017$/);
  });
});
