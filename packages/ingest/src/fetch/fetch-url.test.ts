import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchUrl as sut } from './fetch-url';
import { startTestServer } from './fetch-test-server';
import type { HostResolver } from './host-resolver';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const local = { allowPrivate: true };
const text = (bytes: Uint8Array): string => Buffer.from(bytes).toString('utf8');

describe('fetchUrl on a local server (allowPrivate)', () => {
  it('returns status, content type and bytes', async () => {
    const got = await sut(`${server.base}/ok`, local);
    expect(got).toMatchObject({ url: `${server.base}/ok`, finalUrl: `${server.base}/ok`, status: 200 });
    expect(got.contentType).toBe('text/html; charset=utf-8');
    expect(text(got.bytes)).toBe('<p>hello</p>');
  });

  it('reaches an IPv4-mapped IPv6 literal when private addresses are allowed', async () => {
    const got = await sut(`http://[::ffff:127.0.0.1]:${server.port}/ok`, local);
    expect(text(got.bytes)).toBe('<p>hello</p>');
  });

  it('follows redirects and reports the final URL', async () => {
    const got = await sut(`${server.base}/redirect`, local);
    expect(got.finalUrl).toBe(`${server.base}/ok`);
    expect(text(got.bytes)).toBe('<p>hello</p>');
  });

  it('gives up after 5 redirects', async () => {
    await expect(sut(`${server.base}/loop`, local)).rejects.toMatchObject({
      code: 'fetch_failed',
      message: `${server.base}/loop: more than 5 redirects`,
    });
  });

  it('fails a non-2xx answer with fetch_failed', async () => {
    await expect(sut(`${server.base}/missing`, local)).rejects.toMatchObject({
      code: 'fetch_failed',
      message: `${server.base}/missing: HTTP 404`,
    });
  });

  it('refuses a body over the cap, declared or streamed', async () => {
    const refused = {
      code: 'input_too_large',
      message: expect.stringContaining('larger than the 1000 bytes limit'),
    };
    await expect(sut(`${server.base}/big`, { ...local, maxBytes: 1000 })).rejects.toMatchObject(refused);
    await expect(sut(`${server.base}/big-chunked`, { ...local, maxBytes: 1000 })).rejects.toMatchObject(
      refused,
    );
  });

  it('decompresses gzip and stops a compression bomb at the cap', async () => {
    expect(text((await sut(`${server.base}/gzip`, local)).bytes)).toBe('unzipped text');
    await expect(sut(`${server.base}/bomb`, { ...local, maxBytes: 1_000_000 })).rejects.toMatchObject({
      code: 'input_too_large',
    });
  });

  it('times out when the whole response does not arrive in time', async () => {
    await expect(sut(`${server.base}/slow`, { ...local, timeoutMs: 200 })).rejects.toMatchObject({
      code: 'fetch_failed',
      message: `${server.base}/slow: no complete response within 0.2 s`,
    });
  });

  it('reports a caller cancel as cancelled', async () => {
    const ctl = new AbortController();
    const pending = sut(`${server.base}/slow`, { ...local, signal: ctl.signal });
    setTimeout(() => ctl.abort(), 50);
    await expect(pending).rejects.toMatchObject({ message: `${server.base}/slow: cancelled` });
  });
});

describe('fetchUrl address checks', () => {
  it('refuses the local server without allowPrivate', async () => {
    await expect(sut(`${server.base}/ok`, { allowPrivate: false })).rejects.toMatchObject({
      code: 'fetch_refused',
      message: `${server.base}/ok: 127.0.0.1 is a loopback address`,
    });
  });

  it.each([
    ['http://10.0.0.1/', '10.0.0.1 is a private address'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254 is a link-local address'],
    ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1 is an IPv4-mapped IPv6 address'],
    ['http://2130706433/', '127.0.0.1 is a loopback address'],
  ])('refuses %s before connecting', async (url, reason) => {
    await expect(sut(url, { allowPrivate: false })).rejects.toMatchObject({
      code: 'fetch_refused',
      message: expect.stringContaining(reason),
    });
  });

  it.each(['file:///etc/passwd', 'ftp://x.test/a', 'gopher://x.test/'])(
    'refuses the scheme of %s',
    async (url) => {
      await expect(sut(url, local)).rejects.toMatchObject({ code: 'fetch_refused' });
    },
  );

  it.each(['http://127.0.0.2/', 'http://[::1]/', 'http://10.0.0.1/'])(
    're-checks each redirect hop: a redirect to %s is refused',
    async (target) => {
      const url = `${server.base}/to?u=${encodeURIComponent(target)}`;
      await expect(sut(url, { allowPrivate: false, trustedAddresses: ['127.0.0.1'] })).rejects.toMatchObject({
        code: 'fetch_refused',
        message: expect.stringMatching(/^http:\/\/.*: .* is a (loopback|private) address$/),
      });
    },
  );

  it('connects to the address it checked, not a second DNS answer', async () => {
    const asked: string[] = [];
    const resolveHost: HostResolver = (host) => {
      asked.push(host);
      return Promise.resolve([{ address: '127.0.0.1', family: 4 }]);
    };
    // news.test is not in any real DNS: the request can only work through the pinned address.
    const got = await sut(`http://news.test:${server.port}/host`, {
      allowPrivate: false,
      trustedAddresses: ['127.0.0.1'],
      resolveHost,
    });
    expect(text(got.bytes)).toBe(`news.test:${server.port}`);
    expect(asked).toEqual(['news.test']);
  });

  it('refuses a host when any of its addresses is private', async () => {
    const resolveHost: HostResolver = () =>
      Promise.resolve([
        { address: '93.184.216.34', family: 4 },
        { address: '192.168.0.10', family: 4 },
      ]);
    await expect(sut('http://mixed.test/', { allowPrivate: false, resolveHost })).rejects.toMatchObject({
      code: 'fetch_refused',
      message: 'http://mixed.test/: 192.168.0.10 (mixed.test) is a private address',
    });
  });

  it('reports an unknown host as fetch_failed', async () => {
    const resolveHost: HostResolver = () =>
      Promise.reject(Object.assign(new Error('nope'), { code: 'ENOTFOUND' }));
    await expect(sut('http://nowhere.test/', { allowPrivate: false, resolveHost })).rejects.toMatchObject({
      code: 'fetch_failed',
      message: 'http://nowhere.test/: cannot resolve host nowhere.test (not found)',
    });
  });
});
