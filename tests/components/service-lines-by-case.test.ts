import { describe, expect, test } from 'vitest';
import ServiceLinesByCase from '../../src/components/ServiceLinesByCase.astro';
import { render } from '../helpers/render.ts';

const lists = (root: DocumentFragment) => [...root.querySelectorAll('ul, ol')].map((list) => [...list.children].map((item) => item.textContent));

describe('ServiceLinesByCase', () => {
  test('lines for every application alone: one list, no heading', async () => {
    const { root } = await render(ServiceLinesByCase, { lines: ['NIB', 'Surat permohonan'], byCase: [] });
    expect(root.querySelector('h3')).toBeNull();
    expect(lists(root)).toEqual([['NIB', 'Surat permohonan']]);
  });

  test('lines for every application, then one titled list per kind of application', async () => {
    const { root } = await render(ServiceLinesByCase, {
      lines: ['NIB'],
      byCase: [
        { case: 'Permohonan baru', items: ['Denah bangunan'] },
        { case: 'Perpanjangan', items: ['Salinan sertifikat lama', 'Bukti pembayaran'] },
      ],
    });
    expect([...root.querySelectorAll('h3')].map((heading) => heading.textContent)).toEqual(['Untuk semua jenis permohonan', 'Permohonan baru', 'Perpanjangan']);
    expect(lists(root)).toEqual([['NIB'], ['Denah bangunan'], ['Salinan sertifikat lama', 'Bukti pembayaran']]);
    expect(root.querySelectorAll('section.case-group')).toHaveLength(2);
  });

  test('steps by kind are numbered lists, each counting from the first step', async () => {
    const { root } = await render(ServiceLinesByCase, { lines: [], byCase: [{ case: 'Perubahan data', items: ['Ajukan perubahan.', 'Tunggu verifikasi.'] }], ordered: true });
    expect(root.querySelector('h3')?.textContent).toBe('Perubahan data');
    expect(root.querySelectorAll('ol.steps > li')).toHaveLength(2);
    expect(root.querySelector('ul')).toBeNull();
  });
});
