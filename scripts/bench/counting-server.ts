/**
 * A static server for the search benchmark that compresses text the way a typical host does
 * (gzip for HTML, CSS, JavaScript, JSON and SVG; Pagefind's index files and its WebAssembly
 * are already compressed and go out as they are) and records every response's size on the
 * wire, so "bytes a browser downloads" is measured where it is sent.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const COMPRESSIBLE: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

export interface ServedFile {
  path: string;
  /** Bytes of the body as sent (compressed when the browser accepted gzip). */
  sent: number;
  /** Bytes of the file on disk. */
  size: number;
}

export interface CountingServer {
  url: string;
  served: ServedFile[];
  close: () => Promise<void>;
}

export async function serveCounting(root: string): Promise<CountingServer> {
  const served: ServedFile[] = [];
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, pathname));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    const body = readFileSync(file);
    const type = COMPRESSIBLE[extname(file)];
    const gzip = type !== undefined && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const sent = gzip ? gzipSync(body, { level: 6 }) : body;
    served.push({ path: pathname, sent: sent.length, size: body.length });
    response.writeHead(200, {
      'content-type': type ?? (extname(file) === '.wasm' ? 'application/wasm' : 'application/octet-stream'),
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      'content-length': sent.length,
    });
    response.end(sent);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    served,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
