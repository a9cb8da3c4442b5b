/**
 * Changing the entry in the address bar must not leave the previous entry's form open (Decap
 * reuses its editor page): which address changes reload the editor.
 */
import { describe, expect, it } from 'vitest';
import { entryRoute, switchesEntry } from '../../src/cms/address-change.ts';

const at = (hash: string) => `http://127.0.0.1:4321/admin/${hash}`;

describe('address changes between entries', () => {
  it('reads the entry an address names', () => {
    expect(entryRoute(at('#/collections/services/entries/sertifikasi'))).toEqual({ collection: 'services', slug: 'sertifikasi' });
    expect(entryRoute(at('#/collections/news/entries/kelas-label-pangan-umkm-2027/index?ref=list'))).toEqual({ collection: 'news', slug: 'kelas-label-pangan-umkm-2027/index' });
    expect(entryRoute(at('#/collections/forums/new'))).toEqual({ collection: 'forums' });
    expect(entryRoute(at('#/collections/forums'))).toBeUndefined();
    expect(entryRoute(at(''))).toBeUndefined();
  });

  it('reloads when the address moves from one existing entry to another', () => {
    expect(switchesEntry(at('#/collections/services/entries/sertifikasi'), at('#/collections/services/entries/pendampingan-umkm'))).toBe(true);
    expect(switchesEntry(at('#/collections/services/entries/sertifikasi'), at('#/collections/news/entries/sertifikasi'))).toBe(true);
  });

  it("leaves Decap's own moves alone: to and from a new entry, to a list, within one entry", () => {
    expect(switchesEntry(at('#/collections/news/new'), at('#/collections/news/entries/judul-baru/index'))).toBe(false);
    expect(switchesEntry(at('#/collections/news/entries/a/index'), at('#/collections/news/new'))).toBe(false);
    expect(switchesEntry(at('#/collections/news/entries/a/index'), at('#/collections/news'))).toBe(false);
    expect(switchesEntry(at('#/collections/news'), at('#/collections/news/entries/a/index'))).toBe(false);
    expect(switchesEntry(at('#/collections/news/entries/a/index'), at('#/collections/news/entries/a/index?x=1'))).toBe(false);
  });
});
