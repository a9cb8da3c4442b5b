/**
 * The checks every editing request passes before decap-server sees it, each an allow-list:
 * who may ask (the editor page of this portal, addressed by its own loopback name and port)
 * and what may be touched (the editable area, by plain paths, without symbolic links).
 * A refusal is answered as decap-server answers errors, `{ error }`, so the editor shows the
 * Indonesian reason in its own error message.
 */
import { localEditing as t } from '../strings/local-editing.ts';
import { describeArea, judgePath, type EditableArea } from './editable-area.ts';
import type { ErrorHandler, Handler, Response } from './express.ts';
import { linkOnTheWay, linksInListing } from './real-paths.ts';
import { requestPaths } from './request-paths.ts';

export interface LocalAddress {
  /** Host headers the portal answers to ("127.0.0.1:4321", "localhost:4321"). */
  hosts: readonly string[];
  /** Origins of the editor page ("http://127.0.0.1:4321", "http://localhost:4321"). */
  origins: readonly string[];
}

/** The names a browser on this computer may use for the portal listening on `port`. */
export function localAddress(port: number): LocalAddress {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  return { hosts, origins: hosts.map((host) => `http://${host}`) };
}

/** Where refusals are reported besides the answer: the window `npm start` runs in, for whoever helps the editor. */
export type Log = (line: string) => void;

/** A refusal quotes what the request sent; its control characters must not reach the terminal. */
const printable = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');

function refusal(log: Log) {
  return (response: Response, status: number, message: string): void => {
    log(t.refused.logged(printable(message)));
    response.status(status).json({ error: message });
  };
}

/**
 * Only the editor page of this portal. The Host check keeps out pages that reach the
 * loopback port through a DNS name of their own (DNS rebinding); the Origin check keeps out
 * every other site and every other local port. A request without an Origin (not sent by a
 * browser page of this portal) is refused too: browsers always send one with a POST.
 */
export function fromEditorPageOnly(address: LocalAddress, log: Log): Handler {
  const [own] = address.origins;
  const refuse = refusal(log);
  return (request, response, next) => {
    const host = request.headers.host ?? '';
    const origin = request.headers.origin ?? '';
    if (request.method !== 'POST') {
      response.setHeader('Allow', 'POST');
      return refuse(response, 405, t.refused.method);
    }
    if (!address.hosts.includes(host)) return refuse(response, 403, t.refused.foreignHost(host, own!));
    if (!address.origins.includes(origin)) return refuse(response, 403, t.refused.foreignOrigin(origin, own!));
    if (!/^application\/json\s*(;|$)/i.test(request.headers['content-type'] ?? '')) return refuse(response, 415, t.refused.notJson);
    next();
  };
}

/** Only actions the editor uses, and only paths inside the editable area. Runs after the JSON body is read. */
export function editableAreaOnly(root: string, area: EditableArea, log: Log): Handler {
  const areaInWords = describeArea(area);
  const refuse = refusal(log);
  return (request, response, next) => {
    const extracted = requestPaths(request.body);
    if (!extracted.ok) return refuse(response, 403, t.refused.action(extracted.action));
    const { paths, listings } = extracted.request;
    for (const path of paths) {
      const verdict = judgePath(path, area);
      if (verdict === 'not-plain') return refuse(response, 403, t.refused.pathForm(String(path)));
      if (verdict === 'outside') return refuse(response, 403, t.refused.path(String(path), areaInWords));
    }
    // Every path is plain and in the area here, so it is safe to look at on disk.
    const onDisk = async () => {
      for (const path of paths as string[]) {
        const link = await linkOnTheWay(root, path);
        if (link) return link;
      }
      for (const { folder, depth } of listings) {
        const [link] = await linksInListing(root, folder as string, depth);
        if (link) return link;
      }
      return undefined;
    };
    onDisk().then(
      (link) => (link ? refuse(response, 403, t.refused.symlink(link)) : next()),
      (error: unknown) => next(error),
    );
  };
}

/**
 * Errors before decap-server answers, in the editor's words and never as a stack trace: an
 * unreadable or oversized body (body-parser marks those with a `type`), or a failure reading
 * the disk, which is logged for whoever runs `npm start`.
 */
export function editingErrors(log: Log): ErrorHandler {
  const refuse = refusal(log);
  return (error, _request, response, next) => {
    if (response.headersSent) return next(error);
    const type = (error as { type?: unknown } | null)?.type;
    if (type === 'entity.too.large') return refuse(response, 413, t.refused.tooLarge);
    if (typeof type === 'string' && type.startsWith('entity.')) return refuse(response, 400, t.refused.notJson);
    log(String((error as Error | null)?.stack ?? error));
    refuse(response, 500, t.refused.failed);
  };
}
