import { readFileSync } from 'node:fs';
import type { RequestListener } from 'node:http';
import { createServer as createHttps } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';

/**
 * Serves pages over HTTPS on 127.0.0.1 with a throwaway self-signed certificate. With Chromium told to resolve every
 * host to this server, a fixture opens under its news site's own address, as a reader meets it.
 */
export interface PageServer {
  port: number;
  /** Serves `file` at `url` (any host: they all reach this server). */
  route(url: string, file: string): void;
  /** Answers requests for `url` with `handler`, for tests that need headers, status codes or a failing host. */
  handle(url: string, handler: RequestListener): void;
  close(): Promise<void>;
}

export async function startPageServer(): Promise<PageServer> {
  const { private: key, cert } = await generate([{ name: 'commonName', value: 'backstory.test' }], { keyType: 'ec', notAfterDate: new Date(Date.now() + 2 * 86_400_000) });
  const routes = new Map<string, string>();
  const handlers = new Map<string, RequestListener>();
  const server = createHttps({ key, cert }, (req, res) => {
    const key = `${req.headers.host?.replace(/:\d+$/, '')}${req.url?.split('?')[0] ?? ''}`;
    const handler = handlers.get(key);
    if (handler) {
      handler(req, res);
      return;
    }
    const file = routes.get(key);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    route(url, file) {
      const u = new URL(url);
      routes.set(`${u.hostname}${u.pathname}`, file);
    },
    handle(url, handler) {
      const u = new URL(url);
      handlers.set(`${u.hostname}${u.pathname}`, handler);
    },
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
