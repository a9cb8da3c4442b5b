/** Every parameter of an editor request that names a file is found; actions outside the list are refused. */
import { describe, expect, it } from 'vitest';
import { requestPaths } from '../../../src/local-editing/request-paths.ts';

const paths = (body: unknown) => {
  const extracted = requestPaths(body);
  if (!extracted.ok) throw new Error(`refused ${extracted.action}`);
  return extracted.request;
};

describe('paths named by an editor request', () => {
  it('finds every path of a save: data files, their new names, the legacy entry, the photos', () => {
    const request = paths({
      action: 'persistEntry',
      params: {
        entry: { path: 'a/index.mdx', newPath: 'b/index.mdx' },
        dataFiles: [{ path: 'c/index.mdx' }, { path: 'd/index.mdx', newPath: 'e/index.mdx' }],
        assets: [{ path: 'c/foto.jpg' }, { path: 'c/bagan.png' }],
      },
    });
    expect(request.paths).toEqual(['a/index.mdx', 'b/index.mdx', 'c/index.mdx', 'd/index.mdx', 'e/index.mdx', 'c/foto.jpg', 'c/bagan.png']);
  });

  it('finds the folders decap-server walks, with their depth', () => {
    expect(paths({ action: 'entriesByFolder', params: { folder: 'content/news', depth: 2 } })).toEqual({
      paths: ['content/news'],
      listings: [{ folder: 'content/news', depth: 2 }],
    });
    expect(paths({ action: 'getMedia', params: { mediaFolder: 'public/media' } }).listings).toEqual([{ folder: 'public/media', depth: 1 }]);
  });

  it('finds the paths of reads and deletes', () => {
    expect(paths({ action: 'entriesByFiles', params: { files: [{ path: 'x' }, { path: 'y' }] } }).paths).toEqual(['x', 'y']);
    expect(paths({ action: 'getEntry', params: { path: 'x' } }).paths).toEqual(['x']);
    expect(paths({ action: 'getMediaFile', params: { path: 'x' } }).paths).toEqual(['x']);
    expect(paths({ action: 'persistMedia', params: { asset: { path: 'x' } } }).paths).toEqual(['x']);
    expect(paths({ action: 'deleteFile', params: { path: 'x' } }).paths).toEqual(['x']);
    expect(paths({ action: 'deleteFiles', params: { paths: ['x', 'y'] } }).paths).toEqual(['x', 'y']);
  });

  it('keeps a malformed parameter as something to judge (and refuse), never drops it', () => {
    expect(paths({ action: 'deleteFiles', params: { paths: 'package.json' } }).paths).toEqual(['package.json']);
    expect(paths({ action: 'entriesByFiles', params: { files: 'package.json' } }).paths).toEqual([undefined]);
    expect(paths({ action: 'getEntry', params: null }).paths).toEqual([undefined]);
    expect(paths({ action: 'persistEntry', params: { entry: { path: 'x', newPath: null }, assets: [] } }).paths).toEqual(['x', null]);
  });

  it('refuses actions outside the list, including the Git mode ones and object built-ins', () => {
    for (const action of ['unpublishedEntries', 'publishUnpublishedEntry', 'constructor', '__proto__', 'toString', undefined, 7]) {
      expect(requestPaths({ action, params: {} }).ok).toBe(false);
    }
    expect(requestPaths('not an object').ok).toBe(false);
  });
});
