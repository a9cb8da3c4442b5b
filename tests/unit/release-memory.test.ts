import { describe, expect, it } from 'vitest';
import { PAGEFIND_BYTES_PER_DOCUMENT, RELEASE_ABOVE_BYTES, worthReleasing } from '../../src/integrations/release-memory.ts';

const GB = 1e9;

describe('handing memory back before Pagefind indexes', () => {
  it('is done where Astro and Pagefind together would come near the budget (5,000 articles)', () => {
    // Measured: Astro's process held 1.59 GB when Pagefind started on 5,000 pages.
    expect(worthReleasing(5_030, 1.59 * GB)).toBe(true);
  });

  it('is left out where there is room to spare, since it slows the build (500 articles)', () => {
    // Measured: 1.37 GB held when Pagefind started on 514 documents.
    expect(worthReleasing(514, 1.37 * GB)).toBe(false);
  });

  it('counts what Pagefind will need, not only what Astro holds', () => {
    const held = 1.4 * GB;
    const documentsToTheLimit = Math.floor((RELEASE_ABOVE_BYTES - held) / PAGEFIND_BYTES_PER_DOCUMENT);
    expect(worthReleasing(documentsToTheLimit, held)).toBe(false);
    expect(worthReleasing(documentsToTheLimit + 1, held)).toBe(true);
    expect(worthReleasing(0, RELEASE_ABOVE_BYTES + 1)).toBe(true);
  });
});
