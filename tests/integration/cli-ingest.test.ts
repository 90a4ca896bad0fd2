import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli';

let dir: string;
let db: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corroborate-cli-'));
  db = `sqlite:${join(dir, 'test.db')}`;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('corroborate ingest (real SQLite, real process)', () => {
  it('ingests the demo folder, then finds a document by full-text search and exports it', async () => {
    const ingest = await runCli(['ingest', 'demo/documents', '--db', db]);
    expect(ingest.code).toBe(0);
    expect(ingest.stdout).toMatch(/ingested: 5 stored, 0 duplicates, 0 failed/);

    const again = await runCli(['ingest', 'demo/documents', '--db', db]);
    expect(again.stdout).toMatch(/ingested: 0 stored, 5 duplicates/);

    const search = await runCli(['search', 'checkpoint', '--db', db]);
    expect(search.code).toBe(0);
    const lines = search.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    expect(lines[0]).toMatch(/^doc_\S+\t.+\t.*\[checkpoint\]/i);

    const exported = await runCli(['export', '--db', db]);
    const rows = exported.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; text?: string });
    expect(rows.filter((r) => r.type === 'document')).toHaveLength(5);
    // Extraction ran in-process after ingest on SQLite: the demo claims are there.
    expect(rows.filter((r) => r.type === 'claim').length).toBeGreaterThan(3);
  });

  it('reports each bad input on one line, stores the good ones, and exits 0 when something was stored', async () => {
    const bad = join(dir, 'bad');
    await mkdir(bad);
    await writeFile(join(bad, 'empty.txt'), '');
    await writeFile(join(bad, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 0, 0, 3]));
    await writeFile(
      join(bad, 'latin1.txt'),
      Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' bombing: 3 killed')]),
    );
    await writeFile(
      join(bad, 'feed.jsonl'),
      [
        '{"title":"ok one","text":"Two people were killed in Aleppo on Monday."}',
        '{broken',
        '{"title":"ok two","text":"Five were injured."}',
      ].join('\n'),
    );
    const r = await runCli([
      'ingest',
      bad,
      join(dir, 'missing.txt'),
      'http://127.0.0.1:9/x',
      'http://10.1.2.3/y',
      '--db',
      db,
      '--no-extract',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ingested: 3 stored/);
    expect(r.stderr).toMatch(/failed: .*empty\.txt: .*empty/i);
    expect(r.stderr).toMatch(/failed: .*binary\.txt: .*binary/i);
    expect(r.stderr).toMatch(/warning: .*latin1\.txt: .*UTF-8/i);
    expect(r.stderr).toMatch(/failed: .*feed\.jsonl line 2: /);
    expect(r.stderr).toMatch(/failed: .*missing\.txt: .*no such file/i);
    expect(r.stderr).toMatch(/failed: http:\/\/127\.0\.0\.1:9\/x: .*(private|loopback)/i);
    expect(r.stderr).toMatch(/failed: http:\/\/10\.1\.2\.3\/y: .*(private|loopback)/i);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack traces
  });

  it('exits 1 when nothing could be ingested, and 2 on a usage error', async () => {
    const none = await runCli(['ingest', join(dir, 'nope.txt'), '--db', db]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/nope\.txt: .*no such file/i);
    const usage = await runCli(['ingest', '--db', db]);
    expect(usage.code).toBe(2);
    const unknown = await runCli(['frobnicate']);
    expect(unknown.code).toBe(2);
  });
});
