/**
 * The editor page and the local editing server (`npm start`): the page asks the server on its
 * own origin whether it answers before Decap starts, and keeps watching its requests to it
 * afterwards, so an editor whose server is not running reads what to do, in Indonesian,
 * instead of Decap's "Failed to fetch".
 */
import { localEditing as t } from '../strings/local-editing.ts';

export type ServerState = { state: 'ready' } | { state: 'unreachable' } | { state: 'refused'; message: string };

type Fetch = typeof fetch;

/** Asks the server what decap-server answers to Decap's own first question ("info"). */
export async function editingServerState(apiUrl: string, send: Fetch = fetch): Promise<ServerState> {
  let response: Response;
  try {
    response = await send(apiUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action: 'info' }),
    });
  } catch {
    return { state: 'unreachable' };
  }
  const answer: unknown = await response.json().catch(() => undefined);
  const fields = (answer ?? {}) as { type?: unknown; error?: unknown };
  if (response.ok && typeof fields.type === 'string') return { state: 'ready' };
  // Our server refuses with a reason in Indonesian; anything else (a page, a 404) means no editing server here.
  if (typeof fields.error === 'string') return { state: 'refused', message: fields.error };
  return { state: 'unreachable' };
}

/**
 * Where "Lihat di situs" leads: this local portal while the editor saves through its editing
 * server (the saved change shows there after a rebuild), otherwise the public site.
 */
export function viewOnSiteBase(server: ServerState | undefined, pageOrigin: string, publicSite: string): string {
  return server?.state === 'ready' ? pageOrigin : publicSite;
}

/** Shown inside Decap's own error messages ("Gagal menyimpan: …"), which print the error as text. */
export class EditingServerUnreachable extends TypeError {
  constructor() {
    super(t.notice.requestFailed);
    this.name = 'EditingServerUnreachable';
  }
  override toString() {
    return this.message;
  }
}

const requestUrl = (input: RequestInfo | URL): string =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

/**
 * Decap's proxy backend sends every request with the page's global fetch and offers no hook
 * for failures, so the page wraps that fetch for the editing API's address only. When a
 * request cannot reach the server (it was stopped), or something else answers in its place
 * (a page, not the server's JSON: /admin/ was served by another program), the notice appears
 * and Decap gets an error that says why, instead of "Failed to fetch" or a JSON parser's
 * complaint; the next answer from the server takes the notice away.
 */
export function watchEditingServer(apiUrl: string, onChange: (reachable: boolean) => void, target: { fetch: Fetch } = window): void {
  const send = target.fetch.bind(target);
  const address = new URL(apiUrl).href;
  target.fetch = async (input, init) => {
    if (new URL(requestUrl(input), address).href !== address) return send(input, init);
    let response: Response;
    try {
      response = await send(input, init);
    } catch (error) {
      // A timeout Decap set itself is its own business.
      if ((error as Error).name === 'AbortError') throw error;
      onChange(false);
      throw new EditingServerUnreachable();
    }
    // The server answers everything, refusals included, as JSON.
    const fromServer = /^application\/json\b/i.test(response.headers.get('content-type') ?? '');
    onChange(fromServer);
    if (!fromServer) throw new EditingServerUnreachable();
    return response;
  };
}
