/** What the local editing server may touch: taken from the editor's own configuration, judged by plain paths only. */
import { posix } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editableArea, isInArea, isPlainPath, judgePath, localEditableArea } from '../../../src/local-editing/editable-area.ts';

const area = localEditableArea();

describe('the editable area', () => {
  it('is exactly where the editor configuration stores content and media', () => {
    expect(area).toEqual({
      folders: ['content/forums', 'content/news', 'content/services', 'content/surveys', 'public/media'],
      files: ['content/settings/office.yaml'],
    });
  });

  it('follows a changed configuration: a root-relative collection media folder joins, a folder that is not plain stays out', () => {
    const changed = editableArea({
      media_folder: '/public/unggahan/',
      collections: [{ folder: 'content/news', media_folder: '/content/foto' }, { folder: '../luar' }, { files: [{ file: 'content/settings/office.yaml' }] }],
    });
    expect(changed).toEqual({ folders: ['content/foto', 'content/news', 'public/unggahan'], files: ['content/settings/office.yaml'] });
  });
});

describe('judging a path', () => {
  it.each([
    ['content/news/kelas-label/index.mdx', 'editable'],
    ['content/news/kelas-label/foto kelas (1).jpg', 'editable'],
    ['content/services/sertifikasi.mdx', 'editable'],
    ['content/settings/office.yaml', 'editable'],
    ['public/media/bagan-alir.png', 'editable'],
    ['content/news', 'editable'],
    ['content/settings/lain.yaml', 'outside'],
    ['content', 'outside'],
    ['package.json', 'outside'],
    ['src/cms/admin.ts', 'outside'],
    ['public/favicon.svg', 'outside'],
    ['content/newsroom/x.mdx', 'outside'],
    ['../content/news/x.mdx', 'not-plain'],
    ['content/news/../../package.json', 'not-plain'],
    ['content/news/./x.mdx', 'not-plain'],
    ['/content/news/x.mdx', 'not-plain'],
    ['content/news/', 'not-plain'],
    ['content//news/x.mdx', 'not-plain'],
    ['content\\news\\x.mdx', 'not-plain'],
    ['content/news/%2e%2e/x.mdx', 'not-plain'],
    ['content/news/.git/config', 'not-plain'],
    ['content/news/x.mdx\u0000.png', 'not-plain'],
    ['content/news/x\n.mdx', 'not-plain'],
    ['C:/content/news/x.mdx', 'not-plain'],
    ['content/news／..／x.mdx', 'not-plain'],
    ['', 'not-plain'],
  ])('%s is %s', (path, verdict) => {
    expect(judgePath(path, area)).toBe(verdict);
  });

  it('refuses anything that is not a string', () => {
    for (const value of [undefined, null, 1, ['content/news/x.mdx'], { path: 'content/news/x.mdx' }]) expect(judgePath(value, area)).toBe('not-plain');
  });

  it('never accepts a path that resolves anywhere but where it says, inside the area (random paths)', () => {
    const piece = fc.constantFrom('content', 'news', 'public', 'media', 'settings', 'office.yaml', '..', '.', '', '%2e', '%2f', '\\', '~', 'x.mdx', ' ', '\u0000', '／', '..\\');
    const path = fc.oneof(fc.string({ maxLength: 60 }), fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('/')));
    fc.assert(
      fc.property(path, (candidate) => {
        if (judgePath(candidate, area) !== 'editable') return;
        expect(isPlainPath(candidate)).toBe(true);
        expect(posix.normalize(candidate)).toBe(candidate);
        expect(posix.isAbsolute(candidate)).toBe(false);
        expect(candidate).not.toMatch(/[\\%\u0000-\u001f]/);
        expect(isInArea(posix.normalize(candidate), area)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
