import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DomainError } from '@corroborate/core';
import { hammingDistanceHex } from '@corroborate/pdq';
import { runMatchCommand, runPdqCommand, type PdqCommandOutput } from './pdq-commands';

const FIXTURES = fileURLToPath(new URL('../../../../../shared/fixtures/pdq/', import.meta.url));
const hasFixtures = existsSync(`${FIXTURES}SPEC.md`);
const fixture = (relative: string): string => readFileSync(FIXTURES + relative, 'utf8');

const A = 'f162eb9daab170c0567fe3632d9a5548c5612982dd5e374a7424ebbc8a835c95';
const B = 'b062eb9d2ab170c0567fcb672d9a5548c5612982dd5e374a7424ebbc8b135cb5';
const C = '98736629670cc19fc9f23862f66cce1f599e32c78e236c78619d202e9e66c157';

const collect = async (outputs: AsyncIterable<PdqCommandOutput>): Promise<PdqCommandOutput[]> => {
  const all: PdqCommandOutput[] = [];
  for await (const output of outputs) all.push(output);
  return all;
};

describe('runMatchCommand', () => {
  it('prints needle_line,haystack_line,distance by needle then haystack line, counting blank lines', () => {
    const haystack = `${C}\n\n${B}\n${A},metadata here\n`;
    const needles = `${A}\n${C.toUpperCase()}\n`;
    const sut = [...runMatchCommand(haystack, needles, 31)];
    expect(hammingDistanceHex(A, B)).toBe(10);
    expect(sut).toEqual(['1,3,10', '1,4,0', '2,1,0']);
  });

  it('applies the distance', () => {
    expect([...runMatchCommand(`${B}\n${A}\n`, A, 9)]).toEqual(['1,2,0']);
    expect([...runMatchCommand(`${B}\n${A}\n`, A, 10)]).toEqual(['1,1,10', '1,2,0']);
  });

  it('refuses a malformed line before printing anything, naming it', () => {
    const run = (): unknown => runMatchCommand(`${A}\nnot-a-hash\n`, A, 31);
    expect(run).toThrow(DomainError);
    expect(run).toThrow(/haystack line 2: "not-a-hash"/);
    expect(() => runMatchCommand(A, A, 300)).toThrow(/0 to 256/);
  });

  it.skipIf(!hasFixtures).each([31, 63])('reproduces the reference pairs at distance %i', (d) => {
    const sut = [...runMatchCommand(fixture('mih/haystack.txt'), fixture('mih/needles.txt'), d)];
    const expected = fixture('mih/expected-matches-d63.tsv')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t'))
      .filter((row) => Number(row[2]) <= d)
      .map((row) => row.join(','));
    expect(sut).toEqual(expected);
  });
});

describe('runPdqCommand', () => {
  let dir = '';
  let photo = '';
  let broken = '';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'corroborate-pdq-cmd-'));
    photo = join(dir, 'photo.png');
    const pixels = Buffer.from(
      Array.from({ length: 64 * 48 }, (_, i) => [(i * 7) & 255, (i >> 3) & 255, 90]).flat(),
    );
    await writeFile(
      photo,
      await sharp(pixels, { raw: { width: 64, height: 48, channels: 3 } })
        .png()
        .toBuffer(),
    );
    broken = join(dir, 'broken.jpg');
    await writeFile(broken, 'not a jpeg');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints HASH,QUALITY,FILE per file in order and reports bad files without stopping', async () => {
    const sut = await collect(runPdqCommand([photo, broken, photo], { dihedral: false }));
    expect(sut).toHaveLength(3);
    expect(sut[0]!.line).toMatch(new RegExp(`^[0-9a-f]{64},\\d{1,3},${photo}$`));
    expect(sut[1]!.error).toMatch(/broken\.jpg: not a supported image format/);
    expect(sut[2]).toEqual(sut[0]);
  });

  it('prints the 8 dihedral hashes, then quality and file, with --dihedral', async () => {
    const [plain] = await collect(runPdqCommand([photo], { dihedral: false }));
    const [sut] = await collect(runPdqCommand([photo], { dihedral: true }));
    const fields = sut!.line!.split(',');
    expect(fields).toHaveLength(10);
    expect(fields[0]).toBe(plain!.line!.split(',')[0]);
    expect(new Set(fields.slice(0, 8)).size).toBe(8);
    expect(fields.slice(8)).toEqual(plain!.line!.split(',').slice(1));
  });

  it.skipIf(!hasFixtures)('prints the reference line for a fixture image', async () => {
    const file = `${FIXTURES}images/reg-test-input/labelme-subset/q0122.jpg`;
    const [sut] = await collect(runPdqCommand([file], { dihedral: false }));
    expect(sut!.line).toBe(`cfb2009ddd21c6dab0046a7745b5984757a8a4535b3377aea2591d32b33ff940,100,${file}`);
  });
});
