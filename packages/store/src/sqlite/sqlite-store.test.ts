import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { isDomainError } from '@corroborate/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createUlidIds } from '../adapters/ulid-ids';
import { aDocument } from '../contract/contract-factories';
import { ManualClock } from '../contract/manual-clock';
import { openStore } from '../open-store';

const clock = new ManualClock();
const deps = { clock, ids: createUlidIds({ clock }) };
const dirs: string[] = [];
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-sqlite-'));
  dirs.push(dir);
  return dir;
};

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('SQLite store', () => {
  it('creates the parent folder and opens the file in WAL mode with foreign keys on', async () => {
    const path = join(tempDir(), 'nested', 'deeper', 'c.db');
    const sut = await openStore(`sqlite:${path}`, deps, { migrate: true });
    await sut.documents.insertOrGetBySha(aDocument());
    const other = new Database(path, { readonly: true });
    expect(other.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(other.prepare('SELECT count(*) AS n FROM documents').get()).toEqual({ n: 1 });
    other.close();
    await expect(
      sut.documents.insertOrGetBySha(aDocument({ text: 'x', sourceId: 'src_none' })),
    ).rejects.toSatisfy((e) => isDomainError(e) && e.code === 'not_found');
    await sut.close();
    await sut.close();
  });

  it('refuses the store itself inside its own transaction instead of waiting forever', async () => {
    const sut = await openStore('sqlite::memory:', deps, { migrate: true });
    await expect(
      sut.transaction(async (tx) => {
        await tx.documents.insertOrGetBySha(aDocument());
        return sut.documents.count();
      }),
    ).rejects.toThrow(/use the repositories passed to the callback/);
    expect(await sut.documents.count()).toBe(0);
    await expect(sut.transaction(() => sut.transaction(() => Promise.resolve(1)))).rejects.toThrow(
      /inside store\.transaction/,
    );
    await sut.close();
  });

  it('keeps the search index in step when a document changes status', async () => {
    const sut = await openStore('sqlite::memory:', deps, { migrate: true });
    const { document } = await sut.documents.insertOrGetBySha(
      aDocument({ text: 'Shelling near the bridge' }),
    );
    await sut.documents.setStatus(document.id, 'reviewed');
    expect((await sut.documents.search('bridge', 5)).map((h) => h.id)).toEqual([document.id]);
    await sut.close();
  });

  it('reports a file it cannot open as a domain error naming the path', async () => {
    const blocker = join(tempDir(), 'not-a-folder');
    writeFileSync(blocker, 'x');
    await expect(openStore(`sqlite:${join(blocker, 'x.db')}`, deps)).rejects.toThrow(/not-a-folder/);
  });

  it('refuses database URLs it does not know', async () => {
    await expect(openStore('mysql://db/app', deps)).rejects.toSatisfy(
      (e) => isDomainError(e) && e.code === 'validation_failed',
    );
  });
});
