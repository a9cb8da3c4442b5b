/**
 * decap-server's request handling, run inside the portal's own local server. decap-server
 * builds its middlewares as a second entry point of its own, beside its command
 * (`decap-server/dist/middlewares`, the `middlewares` entry of its webpack.config.js; the package
 * declares no `exports`, so this file is its published interface): registerLocalFs mounts its
 * request validation and its file-system backend on an express app. The express used
 * here is the one decap-server itself depends on, resolved from decap-server's folder, so the
 * app always matches what its middlewares were built for; neither package ships types, so
 * the narrow interfaces below describe the parts the portal uses.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';

export interface Request extends IncomingMessage {
  body?: unknown;
  /** The URL path below the mount point, without the query. */
  path: string;
}

export interface Response extends ServerResponse {
  status(code: number): Response;
  json(body: unknown): Response;
  sendFile(path: string, callback?: (error?: Error) => void): void;
}

export type Next = (error?: unknown) => void;
export type Handler = (request: Request, response: Response, next: Next) => void;
export type ErrorHandler = (error: unknown, request: Request, response: Response, next: Next) => void;

export interface App extends Handler {
  use(...handlers: (Handler | ErrorHandler)[]): App;
  use(path: string, ...handlers: (Handler | ErrorHandler)[]): App;
  disable(setting: string): App;
}

interface StaticOptions {
  setHeaders?: (response: ServerResponse, path: string) => void;
}

export interface Express {
  (): App;
  json(options: { limit: string; type?: string }): Handler;
  static(root: string, options?: StaticOptions): Handler;
}

interface DecapMiddlewares {
  registerLocalFs(app: App, options?: { logLevel?: string }): Promise<void>;
}

const fromHere = createRequire(import.meta.url);
const fromDecapServer = createRequire(fromHere.resolve('decap-server/package.json'));

export const express = fromDecapServer('express') as Express;
export const decapMiddlewares = fromHere('decap-server/dist/middlewares') as DecapMiddlewares;
