import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDomainError } from '@corroborate/core';
import { describe, expect, it } from 'vitest';
import { fromUtf8, utf8 } from '../shared/bytes';
import { crc32 } from './crc32';
import { readZip as sut } from './zip-reader';
import { writeZip } from './zip-writer';

const at = new Date('2026-03-01T10:20:30Z');
const hasUnzip = (() => {
  try {
    execFileSync('unzip', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

async function errorOf(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => null,
    (e: unknown) => e,
  );
}

describe('crc32', () => {
  it('matches the published check value for "123456789"', () => {
    expect(crc32(utf8('123456789')).toString(16)).toBe('cbf43926');
  });
});

describe('readZip', () => {
  it('reads back stored and deflated entries written by writeZip', async () => {
    const big = utf8('casualty '.repeat(2000));
    const zip = await writeZip(
      [
        { path: 'a.txt', bytes: utf8('first') },
        { path: 'dir/ü.json', bytes: big, deflate: true },
      ],
      at,
    );
    const entries = await sut(zip, 'test.zip');
    expect(entries.map((e) => [e.path, e.method, e.crcOk])).toEqual([
      ['a.txt', 'store', true],
      ['dir/ü.json', 'deflate', true],
    ]);
    expect(fromUtf8(entries[1]!.bytes)).toBe(fromUtf8(big));
    expect(zip.byteLength).toBeLessThan(big.byteLength);
  });

  it.skipIf(!hasUnzip)('writes archives that Info-ZIP unzip tests clean', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zip-'));
    try {
      const zip = await writeZip(
        [
          { path: 'x/y.txt', bytes: utf8('hello') },
          { path: 'z.bin', bytes: new Uint8Array(300), deflate: true },
        ],
        at,
      );
      writeFileSync(join(dir, 't.zip'), zip);
      const out = execFileSync('unzip', ['-t', join(dir, 't.zip')]).toString();
      expect(out).toContain('No errors detected');
      expect(execFileSync('unzip', ['-p', join(dir, 't.zip'), 'x/y.txt']).toString()).toBe('hello');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('marks an entry whose bytes were changed as failing its CRC', async () => {
    const zip = await writeZip([{ path: 'a.txt', bytes: utf8('unchanged') }], at);
    const [entry] = await sut(zip);
    zip[entry!.dataOffset + 2] = zip[entry!.dataOffset + 2]! ^ 0x01;
    const [changed] = await sut(zip);
    expect(changed!.crcOk).toBe(false);
  });

  it.each([
    ['empty input', new Uint8Array(0)],
    ['random bytes', Uint8Array.from({ length: 500 }, (_, i) => (i * 37) % 251)],
    ['text', utf8('this is not a zip file at all, just words')],
  ])('rejects %s with a parse_failed DomainError naming the archive', async (_label, bytes) => {
    const err = await errorOf(sut(bytes, 'bundle.wacz'));
    expect(isDomainError(err) && err.code).toBe('parse_failed');
    expect((err as Error).message).toContain('bundle.wacz');
  });

  it('rejects a truncated archive (download cut short)', async () => {
    const zip = await writeZip([{ path: 'a.txt', bytes: utf8('some content here') }], at);
    const err = await errorOf(sut(zip.slice(0, zip.byteLength - 5), 'cut.zip'));
    expect(isDomainError(err) && err.code).toBe('parse_failed');
  });

  it('refuses an entry that inflates past its declared size', async () => {
    const zip = await writeZip([{ path: 'bomb', bytes: new Uint8Array(100_000), deflate: true }], at);
    const view = new DataView(zip.buffer);
    const end = zip.byteLength - 22;
    const central = view.getUint32(end + 16, true);
    view.setUint32(central + 24, 10, true); // declare 10 bytes uncompressed
    const err = await errorOf(sut(zip, 'bomb.zip'));
    expect((err as Error).message).toMatch(/more than its declared 10 bytes/);
  });

  it('refuses duplicate or escaping paths when writing', async () => {
    const dup = await errorOf(
      writeZip(
        [
          { path: 'a', bytes: utf8('1') },
          { path: 'a', bytes: utf8('2') },
        ],
        at,
      ),
    );
    const escape = await errorOf(writeZip([{ path: '../evil', bytes: utf8('1') }], at));
    expect(isDomainError(dup) && dup.code).toBe('validation_failed');
    expect(isDomainError(escape) && escape.code).toBe('validation_failed');
  });
});
