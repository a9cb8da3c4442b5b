import { describe, expect, it } from 'vitest';
import { separateBlocks } from '../../src/lib/search-text.ts';

describe('separateBlocks', () => {
  it('keeps words in adjacent block and table cells apart', () => {
    expect(separateBlocks('<dl><dt>Petugas terlatih</dt><dd>Petugas layanan</dd></dl>')).toBe('<dl><dt>Petugas terlatih </dt><dd>Petugas layanan </dd></dl>');
    expect(separateBlocks('<table><caption>Daftar tarif</caption><tr><th>Jenis</th></tr></table>')).toBe('<table><caption>Daftar tarif </caption><tr><th>Jenis </th> </tr></table>');
  });

  it('leaves inline elements alone, so a word split by markup stays one word', () => {
    expect(separateBlocks('<p><strong>Im</strong>por</p>')).toBe('<p><strong>Im</strong>por </p>');
  });
});
