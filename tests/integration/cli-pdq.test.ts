import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../support/cli';

const PDQ = join(REPO_ROOT, '..', 'shared', 'fixtures', 'pdq');
const haveFixtures = existsSync(join(PDQ, 'mih', 'expected-matches-d63.tsv'));

const readTsv = (file: string): string[][] =>
  readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'));

describe.skipIf(!haveFixtures)('corroborate pdq and match on the reference fixtures', () => {
  it('prints HASH,QUALITY,FILE equal to the reference, and reports an unreadable file on stderr', async () => {
    const rows = readTsv(join(PDQ, 'expected', 'reference-hashes.tsv')).slice(0, 4);
    const files = rows.map((r) => join(PDQ, r[0]!));
    const r = await runCli(['pdq', ...files, join(PDQ, 'no-such-image.jpg')]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toEqual(rows.map((row, i) => `${row[1]},${row[2]},${files[i]}`));
    expect(r.stderr).toMatch(/no-such-image\.jpg/);
  });

  it('prints the 8 dihedral hashes in the reference order', async () => {
    const row = readTsv(join(PDQ, 'expected', 'reference-dihedral.tsv'))[0]!;
    const r = await runCli(['pdq', '--dihedral', join(PDQ, row[0]!)]);
    expect(r.stdout.trim()).toBe(`${row.slice(1, 10).join(',')},${join(PDQ, row[0]!)}`);
  });

  for (const distance of [31, 63]) {
    it(`reproduces every expected pair at distance ${distance}`, async () => {
      const expected = readTsv(join(PDQ, 'mih', 'expected-matches-d63.tsv'))
        .filter((r) => Number(r[2]) <= distance)
        .map((r) => r.join(','));
      const r = await runCli([
        'match',
        '--haystack',
        join(PDQ, 'mih', 'haystack.txt'),
        '--needles',
        join(PDQ, 'mih', 'needles.txt'),
        '--distance',
        String(distance),
      ]);
      expect(r.code).toBe(0);
      expect(r.stdout.trim().split('\n').sort()).toEqual(expected.sort());
    });
  }

  it('refuses a distance outside 0–256 as a usage error', async () => {
    const r = await runCli(['match', '--haystack', 'x', '--needles', 'y', '--distance', '300']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--distance/);
  });
});
