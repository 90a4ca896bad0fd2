import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../extract';
import type { SeedExpectation } from './seed-acceptance';
import { checkSeed } from './seed-acceptance';

// The seed lives in ../shared next to the repository (not copied in: licence terms).
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const seedDir = resolve(repoRoot, '..', 'shared', 'fixtures', 'seed');
const textFile = resolve(seedDir, 'isis-tikrit-claim-2014-06-16.txt');
const present = existsSync(textFile) && existsSync(resolve(seedDir, 'expected.json'));

describe.skipIf(!present)('seed document acceptance (../shared/fixtures/seed)', () => {
  const text = present ? readFileSync(textFile, 'utf8') : '';
  const expected = present
    ? (JSON.parse(readFileSync(resolve(seedDir, 'expected.json'), 'utf8')) as SeedExpectation)
    : null;
  const result = extract(text, {});
  const checks = expected ? checkSeed(text, expected, result) : [];
  const failed = (prefix: string) => checks.filter((c) => c.name.startsWith(prefix) && !c.ok);

  it('reads the publication date from the dateline line', () => {
    expect(failed('published')).toEqual([]);
    expect(result.published_from).toMatchObject({ source: 'dateline', text: '16/06/14' });
  });

  it('finds all seven casualty claims with their counts, events and stances', () => {
    expect(checks.filter((c) => c.name.startsWith('claim '))).toHaveLength(7);
    expect(failed('claim ')).toEqual([]);
  });

  it('finds the six stances with their speakers', () => {
    expect(checks.filter((c) => c.name.startsWith('stance '))).toHaveLength(6);
    expect(failed('stance ')).toEqual([]);
  });

  it('dates the six dated events', () => {
    expect(checks.filter((c) => c.name.startsWith('date '))).toHaveLength(6);
    expect(failed('date ')).toEqual([]);
  });

  it('reads no claim from page chrome or non-casualty figures', () => {
    expect(failed('not a claim ')).toEqual([]);
  });
});
