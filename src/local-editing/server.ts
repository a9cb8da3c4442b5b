/**
 * The portal on this computer, as `npm start` runs it: one server on 127.0.0.1 that serves
 * the built site and, on the same origin at /admin/api/v1, the editor's saving API
 * (decap-server's own middlewares behind the portal's guard). One origin means the editor
 * page finds its API by a relative address, whatever port was chosen, before or after any
 * rebuild; and the API answers only that page, only about the editable area.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { PRIVATE_PATHS } from '../hosting/policy.ts';
import { CONTENT_TYPES } from '../lib/content-types.ts';
import { DECAP_API_ROUTE, EDITING_API_MOUNT } from './api-path.ts';
import { localEditableArea, type EditableArea } from './editable-area.ts';
import { decapMiddlewares, express, type App, type ErrorHandler, type Handler } from './express.ts';
import { editableAreaOnly, editingErrors, fromEditorPageOnly, localAddress, type LocalAddress, type Log } from './guard.ts';

export interface LocalPortalOptions {
  /** The working copy the editor saves into: the project root, holding content/. */
  root: string;
  /** The built site to serve (dist/). Read on every request, so a rebuild shows at once. */
  site: string;
  /** The port on 127.0.0.1; 0 picks a free one. */
  port: number;
  /** decap-server's log level (its own English log lines for whoever runs the server). */
  logLevel?: string;
  /** Where refused requests are reported (default: the console). */
  log?: Log;
}

export interface RunningLocalPortal {
  /** "http://127.0.0.1:PORT/" */
  url: string;
  port: number;
  area: EditableArea;
  close(): Promise<void>;
}

export async function startLocalPortal(options: LocalPortalOptions): Promise<RunningLocalPortal> {
  const root = resolve(options.root);
  const server = createServer();
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', fail);
      done();
    });
  });
  const { port } = server.address() as AddressInfo;
  const address = localAddress(port);
  const area = localEditableArea();

  const app = express();
  app.disable('x-powered-by');
  const log = options.log ?? ((line: string) => console.warn(line));
  const editing = await editingApi({ root, area, address, log, logLevel: options.logLevel ?? 'info' });
  // Exactly one path leads into the editing app; everything else under /admin/ is the site.
  const editingApiOnly: Handler = (request, response, next) => (request.path === DECAP_API_ROUTE ? editing(request, response, next) : next());
  app.use(EDITING_API_MOUNT, editingApiOnly);
  app.use(...siteFiles(resolve(options.site)));
  server.on('request', app);

  return {
    url: `${address.origins[0]}/`,
    port,
    area,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/**
 * decap-server's app with the guard in front: the guard's handlers are registered first, so
 * no request reaches decap-server's validation or file access without passing them.
 */
interface EditingApiOptions {
  root: string;
  area: EditableArea;
  address: LocalAddress;
  log: Log;
  logLevel: string;
}

async function editingApi({ root, area, address, log, logLevel }: EditingApiOptions): Promise<App> {
  const editing = express();
  editing.disable('x-powered-by');
  // Base64 photos travel in the JSON body; decap-server allows the same size.
  editing.use(fromEditorPageOnly(address, log), express.json({ limit: '50mb' }), editableAreaOnly(root, area, log));
  // decap-server reads its working copy and its CORS origin from the environment, once, while
  // registering (synchronously, before its first await): set them for that moment only.
  const registered = withEnvironment({ GIT_REPO_DIRECTORY: root, ORIGIN: address.origins[0]! }, () =>
    decapMiddlewares.registerLocalFs(editing, { logLevel }),
  );
  await registered;
  editing.use(editingErrors(log));
  return editing;
}

function withEnvironment<T>(values: Record<string, string>, run: () => T): T {
  const previous = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  Object.assign(process.env, values);
  try {
    return run();
  } finally {
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
}

/** The built site as a static host serves it: index.html for folders, the site's 404 page, no build-private files. */
function siteFiles(site: string): (Handler | ErrorHandler)[] {
  const notFound: Handler = (_request, response) => {
    response.status(404).sendFile(join(site, '404.html'), (error) => {
      if (error && !response.headersSent) response.end();
    });
  };
  const privateFiles: Handler = (request, response, next) =>
    PRIVATE_PATHS.some((path) => request.path === path || request.path.startsWith(path)) ? notFound(request, response, next) : next();
  const files = express.static(site, {
    setHeaders: (response, path) => {
      const type = CONTENT_TYPES[extname(path)];
      if (type) response.setHeader('Content-Type', type);
    },
  });
  // A malformed address gets its status and no stack trace.
  const failed: ErrorHandler = (error, _request, response) => {
    const status = (error as { status?: unknown } | null)?.status;
    response.status(typeof status === 'number' && status >= 400 && status < 600 ? status : 500).end();
  };
  return [privateFiles, files, notFound, failed];
}
