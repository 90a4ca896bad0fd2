import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../fetch/fetch-test-server';
import { ingestInputs as sut } from './ingest-inputs';
import { makeDeps } from './ingest-test-kit';

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('ingestInputs: URLs', () => {
  it.each([
    ['http://127.0.0.1/', '127.0.0.1 is a loopback address'],
    ['http://10.0.0.1/report', '10.0.0.1 is a private address'],
  ])('refuses %s without allowPrivate', async (url, why) => {
    const summary = await sut([url], makeDeps(), { allowPrivate: false });
    expect(summary.failed).toEqual([{ input: url, code: 'fetch_refused', reason: `${url}: ${why}` }]);
  });

  it('refuses other schemes', async () => {
    const summary = await sut(['file:///etc/passwd'], makeDeps(), { allowPrivate: true });
    expect(summary.failed[0]).toMatchObject({ code: 'fetch_refused' });
  });

  it('stores a page fetched from a local server when allowPrivate is set, noting a redirect', async () => {
    const deps = makeDeps();
    const url = `${server.base}/redirect`;
    const summary = await sut([url], deps, { allowPrivate: true });
    expect(summary).toMatchObject({ stored: 1, failed: [] });
    expect(deps.memory.allDocuments[0]).toMatchObject({
      kind: 'article',
      url: `${server.base}/ok`,
      fileName: null,
      text: 'hello',
      ingestNotes: [`redirected from ${url}`],
    });
  });

  it('reports an HTTP error as a failure of that URL', async () => {
    const url = `${server.base}/missing`;
    const summary = await sut([url], makeDeps(), { allowPrivate: true });
    expect(summary.failed).toEqual([{ input: url, code: 'fetch_failed', reason: `${url}: HTTP 404` }]);
  });
});
