import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/cli';

const BIN = fileURLToPath(new URL('../../apps/cli/bin/corroborate.js', import.meta.url));

let dir: string;
let child: ChildProcess;
let output = '';
let base = '';

/** What `npm start` runs: the server on a fresh SQLite file with the demo data, no other service. */
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corroborate-serve-'));
  child = spawn(
    process.execPath,
    [BIN, 'serve', '--demo', '--port', '0', '--db', `sqlite:${join(dir, 'demo.db')}`],
    {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout!.setEncoding('utf8').on('data', (d: string) => (output += d));
  child.stderr!.setEncoding('utf8').on('data', (d: string) => (output += d));
  const deadline = Date.now() + 90_000;
  while (!/running on sqlite at (http:\/\/\S+)\/api\/health/.test(output)) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  base = /running on sqlite at (http:\/\/\S+)\/api\/health/.exec(output)![1]!;
}, 120_000);

afterAll(async () => {
  child?.kill('SIGTERM');
  await new Promise((r) => child?.once('exit', r));
  await rm(dir, { recursive: true, force: true });
});

describe('corroborate serve --demo (the quick start)', () => {
  it('serves the API with the demo documents on SQLite', async () => {
    const health = (await (await fetch(`${base}/api/health`)).json()) as Record<string, unknown>;
    expect(health).toMatchObject({ status: 'ok', engine: 'sqlite', documents: 5 });
  });

  it('prints a demo account that can sign in and read the documents', async () => {
    const password = /password (\S+) \(shown once\)/.exec(output)?.[1];
    expect(password).toBeTruthy();
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'demo', password }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const docs = await fetch(`${base}/api/documents?limit=10`, { headers: { cookie } });
    expect(docs.status).toBe(200);
    const body = (await docs.json()) as { items: { title: string | null }[] };
    expect(body.items.map((d) => d.title)).toContain('Field report on the Baiji checkpoint attack');
  });

  it('refuses the documents without signing in', async () => {
    const res = await fetch(`${base}/api/documents`);
    expect(res.status).toBe(401);
  });
});
