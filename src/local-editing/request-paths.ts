/**
 * The paths an editor request names. decap-server's API is one POST of `{ action, params }`;
 * this lists, for each action its file-system mode answers, every parameter that carries a
 * path (from decap-server's request schema, which refuses unknown keys, so no other parameter
 * can reach the disk). An action not listed here is refused, whatever decap-server would do.
 */

export interface Listing {
  /** A folder whose files decap-server reads, and how many levels deep. */
  folder: unknown;
  depth: number;
}

export interface RequestPaths {
  /** Files and folders read, written, moved or deleted by name. */
  paths: unknown[];
  /** Folders decap-server walks, reading every file it finds. */
  listings: Listing[];
}

type Params = Record<string, unknown>;

const record = (value: unknown): Params => (value !== null && typeof value === 'object' ? (value as Params) : {});
/** The items of a list parameter; a value that is not a list is judged as one item (and refused). */
const items = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);
const pathsOf = (value: unknown): unknown[] => items(value).map((item) => record(item)['path']);
/** A data file of persistEntry: where it is written, and where it is moved to, if anywhere. */
const dataFilePaths = (value: unknown): unknown[] => {
  const file = record(value);
  return 'newPath' in file ? [file['path'], file['newPath']] : [file['path']];
};
/** decap-server walks a folder this deep at most (its move of an entry's folder uses 100). */
const MAX_DEPTH = 100;
const depthOf = (value: unknown): number => (typeof value === 'number' && value > 0 ? Math.min(Math.ceil(value), MAX_DEPTH) : 1);

const ACTIONS: Record<string, (params: Params) => RequestPaths> = {
  info: () => ({ paths: [], listings: [] }),
  getDeployPreview: () => ({ paths: [], listings: [] }),
  entriesByFolder: (params) => ({ paths: [params['folder']], listings: [{ folder: params['folder'], depth: depthOf(params['depth']) }] }),
  entriesByFiles: (params) => ({ paths: pathsOf(params['files']), listings: [] }),
  getEntry: (params) => ({ paths: [params['path']], listings: [] }),
  persistEntry: (params) => ({
    paths: [
      ...(params['entry'] === undefined ? [] : dataFilePaths(params['entry'])),
      ...items(params['dataFiles']).flatMap(dataFilePaths),
      ...pathsOf(params['assets']),
    ],
    listings: [],
  }),
  getMedia: (params) => ({ paths: [params['mediaFolder']], listings: [{ folder: params['mediaFolder'], depth: 1 }] }),
  getMediaFile: (params) => ({ paths: [params['path']], listings: [] }),
  persistMedia: (params) => ({ paths: [record(params['asset'])['path']], listings: [] }),
  deleteFile: (params) => ({ paths: [params['path']], listings: [] }),
  deleteFiles: (params) => ({ paths: items(params['paths']), listings: [] }),
};

export type Extracted = { ok: true; action: string; request: RequestPaths } | { ok: false; action: string };

export function requestPaths(body: unknown): Extracted {
  const { action, params } = record(body);
  const name = typeof action === 'string' ? action : String(action);
  const read = Object.hasOwn(ACTIONS, name) ? ACTIONS[name] : undefined;
  if (!read) return { ok: false, action: name };
  return { ok: true, action: name, request: read(record(params)) };
}
