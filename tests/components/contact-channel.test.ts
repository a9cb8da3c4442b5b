import { describe, expect, test } from 'vitest';
import ContactChannel from '../../src/components/ContactChannel.astro';
import { render } from '../helpers/render.ts';

describe('ContactChannel', () => {
  test('every way to reach a channel is a working link', async () => {
    const { root } = await render(ContactChannel, {
      channel: {
        name: 'Loket ULPK',
        description: 'Pengaduan dan informasi obat dan makanan, Senin–Jumat.',
        phone: '(0736) 123-456',
        sms: '1708',
        whatsapp: '6281234567890',
        email: 'ulpk@contoh.go.id',
        url: 'https://www.lapor.go.id/',
      },
    });
    expect(root.querySelector('h3')?.textContent).toBe('Loket ULPK');
    const links = [...root.querySelectorAll('a')].map((a) => [a.closest('li')?.textContent?.replace(/\s+/g, ' ').trim(), a.getAttribute('href')]);
    expect(links).toEqual([
      ['Telepon: (0736) 123-456', 'tel:0736123456'],
      ['SMS: 1708', 'sms:1708'],
      ['WhatsApp: +6281234567890', 'https://wa.me/6281234567890'],
      ['E-mail: ulpk@contoh.go.id', 'mailto:ulpk@contoh.go.id'],
      ['Situs: www.lapor.go.id', 'https://www.lapor.go.id/'],
    ]);
  });

  test('only the ways a channel has are listed', async () => {
    const { root } = await render(ContactChannel, {
      channel: { name: 'HALO BPOM', description: 'Contact center BPOM, hari kerja.', phone: '1500533' },
    });
    expect(root.querySelectorAll('ul li')).toHaveLength(1);
    expect(root.querySelector('a')?.getAttribute('href')).toBe('tel:1500533');
  });
});
