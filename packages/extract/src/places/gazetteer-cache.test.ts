import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTables, writeTables } from './gazetteer-cache';
import type { GazetteerTables, NameIndex } from './gazetteer-tables';

const dir = mkdtempSync(join(tmpdir(), 'gazetteer-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const index = (keys: string[]): NameIndex => ({
  keys,
  postStart: Int32Array.from([0, 1, 2]),
  postIds: Int32Array.from([0, 1]),
  postOrigins: Uint8Array.from([0, 1]),
});

const tables: GazetteerTables = {
  names: ['Tikrīt', 'Mosul'],
  geonameIds: Int32Array.from([90150, 99072]),
  lats: Float64Array.from([34.61581, 36.335]),
  lons: Float64Array.from([43.67861, 43.11889]),
  populations: Int32Array.from([42477, -1]),
  countryIdx: Int16Array.from([0, 0]),
  admin1Idx: Int32Array.from([0, -1]),
  kinds: Uint8Array.from([3, 3]),
  featureIdx: Uint8Array.from([0, 1]),
  countryCodes: ['IQ'],
  countryAlpha3: ['IRQ'],
  admin1Codes: ['IQ.18'],
  admin1Names: ['Salah ad Din'],
  featureCodes: ['PPLA', 'PPLA2'],
  exact: index(['mosul', 'tikrit']),
  loose: index(['mosul', 'tikrit']),
  englishWords: ['police', 'most'],
};

describe('gazetteer cache', () => {
  it('reads back exactly what it wrote', () => {
    const file = join(dir, 'roundtrip.bin');
    writeTables(file, tables);
    expect(readTables(file)).toEqual(tables);
  });

  it('removes caches of earlier versions when it writes a new one', () => {
    const old = join(dir, 'gazetteer-00aa.bin');
    writeFileSync(old, 'stale');
    writeTables(join(dir, 'gazetteer-11bb.bin'), tables);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(join(dir, 'gazetteer-11bb.bin'))).toBe(true);
  });

  it('returns null for a missing or foreign file', () => {
    expect(readTables(join(dir, 'absent.bin'))).toBeNull();
    const foreign = join(dir, 'foreign.bin');
    writeFileSync(foreign, 'not a gazetteer');
    expect(readTables(foreign)).toBeNull();
  });
});
