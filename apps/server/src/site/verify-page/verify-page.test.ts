import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../testing/server-test-kit';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const get = (url: string) => server.as(null, { method: 'GET', url });

describe('the bundle check page', () => {
  it('serves /verify to a logged-out reader with a file input and the checker module', async () => {
    const res = await get('/verify');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('<input id="bundle" type="file"');
    expect(res.body).toContain("from '/verify/verify.js'");
    expect(res.body).toContain('The file is not uploaded.');
  });

  it('serves the bundled checker as one ES module with no node:* import left', async () => {
    const res = await get('/verify/verify.js');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/javascript');
    expect(res.body).toMatch(/export\{[^}]*\bverifyProofBundle\b/);
    expect(res.body).toMatch(/\brenderBundleReport\b/);
    expect(res.body).not.toMatch(/from\s*"node:|require\("node:|\bimport\s*"/);
    expect(res.body.length).toBeGreaterThan(50_000);
  }, 60_000);
});
