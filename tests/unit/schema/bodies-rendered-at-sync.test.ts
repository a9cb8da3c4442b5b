import { describe, expect, it } from 'vitest';
import type { Loader, LoaderContext } from 'astro/loaders';
import { bodiesRenderedAtSync } from '../../../src/schema/bodies-rendered-at-sync.ts';

type StoredEntry = Parameters<LoaderContext['store']['set']>[0];
type Rendered = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;

/** The parts of Astro's loader context the wrapper touches: its store and its Markdown renderer. */
function fakeContext(renderMarkdown: LoaderContext['renderMarkdown']) {
  const stored: StoredEntry[] = [];
  const store = { set: (entry: StoredEntry) => (stored.push(entry), true) } as unknown as LoaderContext['store'];
  const context = { store, renderMarkdown, config: { root: new URL('file:///site/') } } as unknown as LoaderContext;
  return { context, stored };
}

/** A loader that stores what it is given, the way Astro's glob loader stores MDX and YAML files. */
function loaderStoring(...entries: StoredEntry[]): Loader {
  return {
    name: 'test-loader',
    load: async ({ store }) => {
      for (const entry of entries) store.set(entry);
    },
  };
}

const article: StoredEntry = {
  id: 'uji-lab',
  data: { title: 'Uji laboratorium' },
  body: 'Teks **tebal**.',
  filePath: 'content/news/uji-lab/index.mdx',
  digest: 'abc',
  deferredRender: true,
};

describe('bodiesRenderedAtSync', () => {
  it('stores an MDX body rendered to HTML, with its images, in place of its source and of a compiled module', async () => {
    const calls: { body: string; fileURL: string | undefined }[] = [];
    const { context, stored } = fakeContext(async (body, options) => {
      calls.push({ body, fileURL: options?.fileURL?.href });
      return { html: '<p>Teks <strong>tebal</strong>.</p>', metadata: { imagePaths: ['./grafik.png'] } } as Rendered;
    });
    await bodiesRenderedAtSync(loaderStoring(article)).load(context);

    expect(calls).toEqual([{ body: '\nTeks **tebal**.', fileURL: 'file:///site/content/news/uji-lab/index.mdx' }]);
    expect(stored).toHaveLength(1);
    expect(stored[0]).not.toHaveProperty('deferredRender');
    expect(stored[0]).not.toHaveProperty('body');
    expect(stored[0]).toMatchObject({
      id: 'uji-lab',
      digest: 'abc',
      rendered: { html: '<p>Teks <strong>tebal</strong>.</p>' },
      assetImports: ['./grafik.png'],
    });
  });

  it('keeps a body that opens with a horizontal rule from being read as frontmatter', async () => {
    const bodies: string[] = [];
    const { context } = fakeContext(async (body) => (bodies.push(body), { html: '' } as Rendered));
    await bodiesRenderedAtSync(loaderStoring({ ...article, body: '---\n\nTeks.\n\n---\n' })).load(context);
    expect(bodies[0]?.startsWith('\n---')).toBe(true);
  });

  it('passes entries without a body to render straight through', async () => {
    const settings: StoredEntry = { id: 'office', data: { name: 'Balai POM' }, filePath: 'content/settings/office.yaml', digest: 'x' };
    const { context, stored } = fakeContext(async () => {
      throw new Error('not expected');
    });
    await bodiesRenderedAtSync(loaderStoring(settings)).load(context);
    expect(stored).toEqual([settings]);
  });

  it('fails naming every file whose body cannot be rendered, and stores nothing for them', async () => {
    const second: StoredEntry = { ...article, id: 'uji-dua', filePath: 'content/news/uji-dua/index.mdx' };
    const fine: StoredEntry = { ...article, id: 'uji-tiga', body: 'Baik.', filePath: 'content/news/uji-tiga/index.mdx' };
    const { context, stored } = fakeContext(async (body) => {
      if (body.includes('Baik.')) return { html: '<p>Baik.</p>' } as Rendered;
      throw new Error('unexpected end of input');
    });
    const failure = await bodiesRenderedAtSync(loaderStoring(article, fine, second)).load(context).then(
      () => undefined,
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    expect(failure?.split('\n')).toEqual([
      'content/news/uji-lab/index.mdx: isi tulisan tidak dapat diubah menjadi HTML (unexpected end of input). Buka tulisan ini di CMS dalam mode Markdown, perbaiki bagian yang disebut, lalu simpan lagi.',
      'content/news/uji-dua/index.mdx: isi tulisan tidak dapat diubah menjadi HTML (unexpected end of input). Buka tulisan ini di CMS dalam mode Markdown, perbaiki bagian yang disebut, lalu simpan lagi.',
    ]);
    expect(stored.map((entry) => entry.id)).toEqual(['uji-tiga']);
  });
});
