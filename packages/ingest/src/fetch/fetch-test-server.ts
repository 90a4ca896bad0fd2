import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

type Handler = (req: IncomingMessage, res: ServerResponse, base: string) => void;

const routes: Record<string, Handler> = {
  '/ok': (_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<p>hello</p>'),
  '/host': (req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end(req.headers.host ?? ''),
  '/redirect': (_req, res) => res.writeHead(302, { location: '/ok' }).end(),
  '/loop': (_req, res) => res.writeHead(301, { location: '/loop' }).end(),
  '/to': (req, res) => {
    const target = new URL(req.url ?? '', 'http://x').searchParams.get('u') ?? '';
    res.writeHead(307, { location: target }).end();
  },
  '/missing': (_req, res) => res.writeHead(404).end('gone'),
  '/big': (_req, res) => res.writeHead(200, { 'content-length': 5000 }).end('x'.repeat(5000)),
  '/big-chunked': (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    for (let i = 0; i < 50; i += 1) res.write('y'.repeat(100));
    res.end();
  },
  '/gzip': (_req, res) =>
    res
      .writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/plain' })
      .end(gzipSync('unzipped text')),
  '/bomb': (_req, res) =>
    res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(5_000_000))),
  '/slow': (_req, res) => {
    res.writeHead(200);
    res.write('partial'); // then nothing: the body never completes
  },
};

/** A local HTTP server with the routes the fetcher tests need; close() drops open sockets. */
export const startTestServer = async (): Promise<{
  base: string;
  port: number;
  close: () => Promise<void>;
}> => {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    (routes[path] ?? ((_q, r) => r.writeHead(404).end()))(req, res, '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
