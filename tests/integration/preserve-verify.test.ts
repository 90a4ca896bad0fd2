import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hasOpenssl,
  startLocalTsa,
  type LocalTsa,
} from '../../packages/archive/src/tsa/local-openssl-tsa.fixture';
import { photoJpeg } from '../../packages/ingest/src/media-ingest/media-images.fixture';
import { runCli } from '../support/cli';
import {
  alterGenTime,
  blobPath,
  changeStoredToken,
  copyData,
  flipByte,
  sqlite,
} from './preserve-tamper.fixture';

let dir: string;
let base: string;
let tsa: LocalTsa;
let env: Record<string, string>;

const dbUrl = (data: string): string => `sqlite:${join(data, 'c.db')}`;

describe.skipIf(!hasOpenssl)('corroborate verify over the ledger, blobs, checkpoints and timestamps', () => {
  beforeAll(async () => {
    tsa = await startLocalTsa();
    dir = await mkdtemp(join(tmpdir(), 'corroborate-preserve-verify-'));
    env = {
      CORROBORATE_BLOBS: '',
      CORROBORATE_KEYS: '',
      CORROBORATE_TSA_URLS: `${tsa.url}/tsa`,
      CORROBORATE_TSA_CA: tsa.caFile,
      PATH: '',
    };
    const inputs = join(dir, 'inputs');
    await mkdir(inputs);
    await writeFile(join(inputs, 'report.txt'), 'قال مسؤولون إن 12 شخصا قتلوا في السوق يوم الثلاثاء.');
    await writeFile(join(inputs, 'photo.jpg'), await photoJpeg(51));
    base = join(dir, 'base');
    const ingest = await runCli(['ingest', inputs, '--db', dbUrl(base), '--no-extract'], { env });
    expect(ingest.code, ingest.stderr).toBe(0);
    const cp = await runCli(['ledger', 'checkpoint', '--db', dbUrl(base)], { env });
    expect(cp.code, cp.stderr).toBe(0);
    expect(cp.stdout).toMatch(/^timestamps: 1 /m);
  }, 60_000);
  afterAll(async () => {
    await tsa?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('passes on an untouched store and counts what it checked', async () => {
    const r = await runCli(['verify', '--db', dbUrl(base)], { env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ledger ok: 2 entries chained, 1 signed checkpoints, 1 timestamp tokens$/m);
    expect(r.stdout).toMatch(/^blobs ok: [1-9]\d* files/m);
  });

  it('names a blob with one flipped byte', async () => {
    const data = await copyData(base, join(dir, 'flip'));
    const db = new Database(join(data, 'c.db'), { readonly: true });
    const { sha256 } = db.prepare('SELECT sha256 FROM media_items LIMIT 1').get() as { sha256: string };
    db.close();
    await flipByte(blobPath(data, sha256), (n) => n >> 1);
    const r = await runCli(['verify', '--db', dbUrl(data)], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`verify failed: blob ${sha256} was changed`);
  });

  it('names a deleted ledger row', async () => {
    const data = await copyData(base, join(dir, 'delete'));
    sqlite(
      join(data, 'c.db'),
      'DROP TRIGGER ledger_entries_no_delete',
      'DELETE FROM ledger_entries WHERE seq = 1',
    );
    const r = await runCli(['verify', '--db', dbUrl(data)], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('verify failed: ledger entry 1 is missing');
  });

  it('names a changed timestamp token', async () => {
    const data = await copyData(base, join(dir, 'token'));
    changeStoredToken(join(data, 'c.db'), alterGenTime);
    const r = await runCli(['verify', '--db', dbUrl(data)], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /verify failed: timestamp of checkpoint 2 from http:\/\/127\.0\.0\.1:\d+\/tsa: the token was altered/,
    );
  });
});
