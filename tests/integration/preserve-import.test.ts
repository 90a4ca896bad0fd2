import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  writeManifestFolder,
  writeTelegramExport,
  writeXArchive,
} from '../../packages/ingest/src/imports/import-exports.fixture';
import { runCli } from '../support/cli';

let dir: string;
let db: string;
const env = { CORROBORATE_BLOBS: '', CORROBORATE_KEYS: '', CORROBORATE_TSA_URLS: '', PATH: '' };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corroborate-preserve-import-'));
  db = `sqlite:${join(dir, 'data', 'c.db')}`;
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('corroborate import (real process)', () => {
  it('imports a Telegram export, reports missing media, and a second import changes nothing', async () => {
    const folder = await writeTelegramExport(join(dir, 'tg'));
    const first = await runCli(['import', 'telegram', folder, '--db', db, '--no-extract'], { env });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(
      /^imported: 4 posts; documents 3 stored, 0 duplicates; media 1 stored, 0 duplicates; 2 missing, 1 skipped, 0 failed$/m,
    );
    expect(first.stderr).toMatch(
      /^missing: message 4: photos\/photo_2@14-06-2014_14-00-00\.jpg \(file not found\)$/m,
    );
    const again = await runCli(['import', 'telegram', folder, '--db', db, '--no-extract'], { env });
    expect(again.stdout).toMatch(/documents 0 stored, 3 duplicates; media 0 stored, 1 duplicates/);
    expect(again.stdout).not.toMatch(/^checkpoint/m);
    const verify = await runCli(['verify', '--db', db], { env });
    expect(verify.code, verify.stderr).toBe(0);
  });

  it('imports an X archive and a CSV manifest', async () => {
    const x = await runCli(
      ['import', 'twitter', await writeXArchive(join(dir, 'x')), '--db', db, '--no-extract'],
      {
        env,
      },
    );
    expect(x.code, x.stderr).toBe(0);
    expect(x.stdout).toMatch(/^imported: 2 posts; documents 2 stored, 0 duplicates; media 1 stored/m);
    const csv = await runCli(['import', 'manifest', await writeManifestFolder(join(dir, 'm')), '--db', db], {
      env,
    });
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout).toMatch(/^imported: 4 posts; documents 2 stored, 0 duplicates; media 1 stored/m);
  });

  it('names the first bad place of a malformed result.json', async () => {
    const folder = await writeTelegramExport(join(dir, 'bad'));
    await writeFile(
      join(folder, 'result.json'),
      '{\n "name": "x",\n "messages": [\n  {"id": 1,, "type": "message"}\n ]\n}\n',
    );
    const r = await runCli(['import', 'telegram', folder, '--db', db], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error \[parse_failed\]: .*result\.json: line 4, column 12: not valid JSON/m);
  });
});
