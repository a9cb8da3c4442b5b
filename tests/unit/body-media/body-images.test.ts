/**
 * Body photos get the lead photo's options: the markers Astro's own Markdown renderer writes are
 * rebuilt from the allow-list, and nothing else an editor could put in a marker survives.
 */
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { decodeHTMLAttribute } from 'entities';
import { describe, expect, test } from 'vitest';
import { BODY_PHOTO_MAX_WIDTH, responsiveBodyImages } from '../../../src/lib/body-images.ts';
import { PHOTO_FORMATS, PHOTO_SIZES, PHOTO_WIDTHS } from '../../../src/lib/photo-formats.ts';

const renderer = await createSatteriMarkdownProcessor({ syntaxHighlight: false });

/** Markdown rendered exactly as the build's content sync renders it. */
async function rendered(markdown: string) {
  const { code, metadata } = await renderer.render(markdown, { fileURL: new URL('file:///situs/content/news/kabar/index.mdx') });
  return { html: code, localImages: metadata.localImagePaths };
}

/** The options each marker of `html` hands to Astro's getImage(). */
function markers(html: string): unknown[] {
  return [...html.matchAll(/__ASTRO_IMAGE_="([^"]*)"/g)].map((match) => JSON.parse(decodeHTMLAttribute(match[1] ?? '')));
}

const widths: Record<string, number> = { './grafik.png': 1600, './logo.png': 300 };
const widthOf = async (src: string) => widths[src];

describe('body photos', () => {
  test('get the widths, sizes, format and lazy loading of a lead photo, at most its width', async () => {
    const body = await rendered('![Grafik batang nilai IKM 2022 sampai 2024](./grafik.png "IKM")\n\n![Logo kantor Balai POM](./logo.png)');
    const html = await responsiveBodyImages(body.html, body.localImages, widthOf);
    const common = { widths: PHOTO_WIDTHS, sizes: PHOTO_SIZES, format: PHOTO_FORMATS[0], loading: 'lazy', decoding: 'async', index: 0 };
    expect(markers(html)).toEqual([
      { ...common, src: './grafik.png', alt: 'Grafik batang nilai IKM 2022 sampai 2024', title: 'IKM', width: BODY_PHOTO_MAX_WIDTH },
      { ...common, src: './logo.png', alt: 'Logo kantor Balai POM', width: 300 },
    ]);
    // Astro's own attribute is what its runtime looks for; the rest of the page is untouched.
    expect(html.replace(/ __ASTRO_IMAGE_="[^"]*"/g, '')).toBe(body.html.replace(/ __ASTRO_IMAGE_="[^"]*"/g, ''));
  });

  test('the same photo twice keeps Astro’s count of its uses, and an unreadable width is left to Astro', async () => {
    const body = await rendered('![Peta lokasi kantor](./peta.jpg) dan lagi ![Peta lokasi kantor](./peta.jpg)');
    const found = markers(await responsiveBodyImages(body.html, body.localImages, async () => undefined)) as Record<string, unknown>[];
    expect(found.map((marker) => [marker.src, marker.index, 'width' in marker])).toEqual([
      ['./peta.jpg', 0, false],
      ['./peta.jpg', 1, false],
    ]);
  });

  test('alt text with quotes, ampersands and angle brackets comes back exactly', async () => {
    const alt = 'Nilai "A" & <93,56> untuk \'pelayanan\'';
    const html = await responsiveBodyImages(`<img __ASTRO_IMAGE_="${JSON.stringify({ src: './a.png', alt, index: 0 }).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`, ['./a.png'], widthOf);
    expect((markers(html)[0] as { alt: string }).alt).toBe(alt);
    // The attribute holds no raw angle bracket: the tag cannot end early in any parser.
    expect(/__ASTRO_IMAGE_="([^"]*)"/.exec(html)?.[1]).not.toMatch(/[<>]/);
  });

  test('options an editor could forge in a marker never reach getImage(), and a marker of no local photo is dropped', async () => {
    const forged = (options: object) => `<img __ASTRO_IMAGE_="${JSON.stringify(options).replace(/"/g, '&quot;')}">`;
    const html = await responsiveBodyImages(
      forged({ src: './foto.jpg', alt: 'Foto kegiatan pelatihan', index: 0, onerror: 'alert(1)', style: 'x', widths: [4000], format: 'svg' }) +
        forged({ src: 'https://pelacak.example/x.png', alt: 'x', index: 0 }),
      ['./foto.jpg'],
      widthOf,
    );
    const [only, ...rest] = markers(html) as Record<string, unknown>[];
    expect(rest).toEqual([]);
    expect(Object.keys(only ?? {}).sort()).toEqual(['alt', 'decoding', 'format', 'index', 'loading', 'sizes', 'src', 'widths']);
    expect(only).toMatchObject({ widths: PHOTO_WIDTHS, format: PHOTO_FORMATS[0] });
    expect(html).not.toContain('pelacak.example');
    expect(html).not.toContain('onerror');
  });

  test('a marker whose name an HTML parser lowercased is written back as Astro spells it', async () => {
    const body = await rendered('![Foto kegiatan pelatihan](./foto.jpg)');
    const lowered = body.html.replace('__ASTRO_IMAGE_', '__astro_image_');
    const html = await responsiveBodyImages(lowered, body.localImages, widthOf);
    expect(html).toContain('__ASTRO_IMAGE_="');
    expect(markers(html)).toHaveLength(1);
  });
});
