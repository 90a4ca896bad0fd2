import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A tiny site for capture tests: an Arabic news page with two images, a broken one and a redirect. */
export async function startCaptureSite(images: { a: Uint8Array; b: Uint8Array }): Promise<{
  base: string;
  port: number;
  close(): Promise<void>;
}> {
  const page = `<!doctype html><html lang="ar"><head><meta charset="utf-8"><title>هجوم على السوق</title></head>
<body><article><h1>هجوم على السوق</h1>
<p>قال مسؤولون إن 12 شخصا على الأقل قتلوا في السوق يوم الثلاثاء، وأصيب 30 آخرون بجروح.</p>
<p>وأظهرت صور من المكان دمارا واسعا في المحال التجارية المجاورة للسوق القديم في المدينة.</p>
<img src="/img/a.jpg"><img src="img/b.jpg"><img src="/img/missing.jpg"><img src="/img/a.jpg">
</article></body></html>`;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/news/market.html')
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    else if (path === '/img/a.jpg') res.writeHead(200, { 'content-type': 'image/jpeg' }).end(images.a);
    else if (path === '/news/img/b.jpg') res.writeHead(200, { 'content-type': 'image/jpeg' }).end(images.b);
    else if (path === '/away') {
      const to = new URL(req.url ?? '/', 'http://x').searchParams.get('to') ?? '/';
      res.writeHead(302, { location: to }).end();
    } else res.writeHead(404).end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
