import { describe, expect, it } from 'vitest';
import { cardTexts } from '../../../src/lib/share-image/card-texts.ts';
import type { PageMeta } from '../../../src/lib/sitemap/page-meta.ts';

const origin = 'https://contoh.pom.go.id';
const page = (path: string, meta: Partial<PageMeta>) => ({ path, meta: { noindex: false, siteName: 'Balai Contoh', ...meta } });

describe('share card texts', () => {
  it('gives later pages of a list the first page’s card with the first page’s title, whatever the order', () => {
    const { cards } = cardTexts(
      [
        page('/berita/halaman/2/', { title: 'Berita, halaman 2', image: `${origin}/og/berita.png` }),
        page('/berita/', { title: 'Berita', image: `${origin}/og/berita.png` }),
        page('/berita/halaman/3/', { title: 'Berita, halaman 3', image: `${origin}/og/berita.png` }),
      ],
      origin,
    );
    expect(cards).toEqual([{ cardPath: '/og/berita.png', title: 'Berita', siteName: 'Balai Contoh' }]);
  });

  it('gives every other page its own card, and skips photos and other sites', () => {
    const { cards } = cardTexts(
      [
        page('/profil/', { title: 'Profil', image: `${origin}/og/profil.png` }),
        page('/berita/a/', { title: 'A', image: `${origin}/_astro/a.webp` }),
        page('/b/', { title: 'B', image: 'https://elsewhere.example/og/b.png' }),
        page('/c/', { title: 'C' }),
      ],
      origin,
    );
    expect(cards.map((card) => card.cardPath)).toEqual(['/og/profil.png']);
  });

  it('names pages whose card would have no title or office name', () => {
    const { untitled, cards } = cardTexts([page('/x/', { image: `${origin}/og/x.png` }), page('/y/', { title: 'Y', siteName: '', image: `${origin}/og/y.png` })], origin);
    expect(untitled).toEqual(['/x/', '/y/']);
    expect(cards).toEqual([]);
  });
});
