/** The routes that publish body documents: one path per linked document, keyed by its bytes. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { bodyDocumentPaths, serveBodyDocument } from '../../../src/data/body-documents.ts';

const root = mkdtempSync(join(tmpdir(), 'portal-body-documents-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'content/services/lampiran'), { recursive: true });
writeFileSync(join(root, 'content/services/sk.pdf'), '%PDF-1.4 satu');
writeFileSync(join(root, 'content/services/lampiran/alur.pdf'), '%PDF-1.4 dua');

const service = (id: string, documents?: unknown) => ({
  id,
  filePath: join(root, `content/services/${id}.mdx`),
  rendered: { metadata: documents === undefined ? {} : { documents } },
});

test('each linked document of each entry is a path beside its page, served as what it is', async () => {
  const paths = bodyDocumentPaths([service('sertifikasi', ['lampiran/alur.pdf', 'sk.pdf']), service('pengaduan'), service('rusak', [3, 'catatan.txt'])]);
  expect(paths.map(({ params, props }) => [params, props])).toEqual([
    [{ slug: 'sertifikasi', document: 'lampiran/alur.pdf' }, { file: join(root, 'content/services/lampiran/alur.pdf'), mediaType: 'application/pdf' }],
    [{ slug: 'sertifikasi', document: 'sk.pdf' }, { file: join(root, 'content/services/sk.pdf'), mediaType: 'application/pdf' }],
  ]);
  // A replaced document gets a new key, so a rebuild publishes it again.
  const before = paths[1]?.cacheKey;
  writeFileSync(join(root, 'content/services/sk.pdf'), '%PDF-1.4 diganti');
  expect(bodyDocumentPaths([service('sertifikasi', ['sk.pdf'])])[0]?.cacheKey).not.toBe(before);

  const response = await serveBodyDocument({ props: paths[1]!.props } as Parameters<typeof serveBodyDocument>[0]);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  expect(await response.text()).toBe('%PDF-1.4 diganti');
});
