import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { CheckedEntry } from '../../../src/content-check/check-content.ts';
import { readEntry } from '../../../src/content-check/read-entries.ts';
import { bodyLinkRule, bodyLinks } from '../../../src/content-check/rules/body-links.ts';
import { topicAddressRule } from '../../../src/content-check/rules/topic-addresses.ts';
import { unusedMedia } from '../../../src/content-check/unused-media.ts';
import { recordingProbe } from '../../../src/content-check/file-probe.ts';

let root = '';
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'portal-content-rules-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

function entry(file: string, collection: CheckedEntry['source']['collection'], data?: Record<string, unknown>): CheckedEntry {
  const id = file.split('/').at(-2) ?? '';
  return { source: { collection, file, id }, raw: readEntry(root, file, id), ...(data ? { data } : {}) };
}

test('body links: vague text and missing documents are reported with their line', () => {
  write(
    'content/forums/fkp-2024/index.mdx',
    [
      '---',
      'title: Forum',
      '---',
      '',
      'Berita acara ada [di sini](./berita-acara.pdf).',
      'Daftar hadir: [Unduh daftar hadir forum 2024](./daftar-hadir.pdf).',
      'Lihat juga <a href="/layanan/">selengkapnya</a> dan [standar pelayanan](/layanan/).',
      '![Foto peserta](./foto.jpg)',
    ].join('\n'),
  );
  write('content/forums/fkp-2024/berita-acara.pdf', '%PDF');
  const problems = bodyLinkRule(root)(entry('content/forums/fkp-2024/index.mdx', 'forums'), [], recordingProbe());
  expect(problems.map((problem) => [problem.line, problem.message])).toEqual([
    [5, 'Teks tautan "di sini" tidak menjelaskan tujuannya bila dibaca sendiri.'],
    [6, 'Berkas "./daftar-hadir.pdf" yang ditautkan tidak ditemukan di folder content/forums/fkp-2024.'],
    [7, 'Teks tautan "selengkapnya" tidak menjelaskan tujuannya bila dibaca sendiri.'],
  ]);
});

test('body links are found in Markdown and HTML, images left to the schema', () => {
  expect(bodyLinks('a [x](/a/ "judul")\n\n<a href="/b/">y <em>z</em></a> ![f](./f.jpg)', 10)).toEqual([
    { text: 'x', url: '/a/', line: 10 },
    { text: 'y z', url: '/b/', line: 12 },
  ]);
});

test('a topic made only of punctuation has no address and is refused', () => {
  write('content/news/kabar/index.mdx', '---\ntitle: Kabar\ntags:\n  - Pangan\n  - "!!!"\n---\n');
  const problems = topicAddressRule(entry('content/news/kabar/index.mdx', 'news', { tags: ['Pangan', '!!!'] }), [], recordingProbe());
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ line: 5, field: 'Topik › nomor 2 (tags.1)', severity: 'error' });
});

test('photos and documents nothing uses are warnings', () => {
  write('content/forums/fkp-2024/index.mdx', '---\nimage:\n  src: ./foto.jpg\n---\n[Berita acara forum 2024](./berita-acara.pdf)\n');
  write('content/forums/fkp-2024/foto.jpg', 'x');
  write('content/forums/fkp-2024/berita-acara.pdf', 'x');
  write('content/forums/fkp-2024/foto-lama.jpg', 'x');
  write('content/forums/fkp-2025/index.mdx', '---\nimage:\n  src: ./foto.jpg\n---\n');
  write('content/forums/fkp-2025/foto.jpg', 'x');
  write('content/forums/fkp-2026/foto.jpg', 'x');
  const entries = ['fkp-2024', 'fkp-2025'].map((id) => entry(`content/forums/${id}/index.mdx`, 'forums'));
  const warnings = unusedMedia(root, entries);
  expect(warnings.map((warning) => [warning.file, warning.severity])).toEqual([
    ['content/forums/fkp-2024/foto-lama.jpg', 'warning'],
    ['content/forums/fkp-2026/foto.jpg', 'warning'],
  ]);
});
