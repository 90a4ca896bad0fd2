import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findOnPath, heicConverterFromPath, heifConvert } from './heic';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corroborate-heic-test-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

// A stand-in for heif-convert: copies its input to its output with a marker, or fails.
const fakeConverter = async (body: string): Promise<string> => {
  const exe = join(dir, 'heif-convert');
  await writeFile(exe, `#!/bin/sh\n${body}\n`);
  await chmod(exe, 0o755);
  return exe;
};

describe('HEIC conversion', () => {
  it('finds heif-convert on the PATH only when it is there and executable', async () => {
    expect(await findOnPath('heif-convert', join(dir, 'none'))).toBeNull();
    expect(await heicConverterFromPath({ PATH: join(dir, 'none') })).toBeNull();
    const exe = await fakeConverter('cp "$1" "$2"');
    expect(await findOnPath('heif-convert', ['', join(dir, 'none'), dir].join(delimiter))).toBe(exe);
    expect(await heicConverterFromPath({ PATH: dir })).toBeTypeOf('function');
  });

  it('runs the converter on the bytes and returns what it wrote', async () => {
    const exe = await fakeConverter('{ cat "$1"; printf converted; } > "$2"');
    const out = await heifConvert(exe)(new TextEncoder().encode('heic:'), 'a.heic');
    expect(Buffer.from(out).toString()).toBe('heic:converted');
  });

  it('names the file and the converter’s complaint when it fails', async () => {
    const exe = await fakeConverter('echo "Could not read HEIF/AVIF file: Invalid input" >&2; exit 1');
    await expect(heifConvert(exe)(new Uint8Array([1]), 'IMG_1.HEIC')).rejects.toMatchObject({
      code: 'parse_failed',
      message:
        'IMG_1.HEIC: heif-convert could not convert the HEIC image (Could not read HEIF/AVIF file: Invalid input)',
    });
  });
});
