// npm run bench:pdq [-- --seconds 2]: PDQ hashing speed on one core. Figures: files/s end to end
// (read + decode + 512 rule + hash) and hashes/s from decoded pixels, on the shared fixture photos
// (../shared/fixtures/pdq, read at run time; synthetic photos when absent).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { PdqHasher, type PdqImage } from '@corroborate/pdq';
import { decodeImage, hashImageFile } from '../packages/ingest/src/media/decode-image';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const minSeconds = arg('seconds', 2);
sharp.concurrency(1); // libvips would otherwise decode on every core: figures are per core
sharp.cache(false);

const FIXTURES = fileURLToPath(new URL('../../shared/fixtures/pdq/images/', import.meta.url));
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

const synthetic = async (): Promise<Uint8Array[]> =>
  Promise.all(
    Array.from({ length: 12 }, (_, i) =>
      sharp({
        create: {
          width: 1600,
          height: 1004,
          channels: 3,
          background: '#6080a0',
          noise: { type: 'gaussian', mean: 120, sigma: 30 + i },
        },
      })
        .blur(3)
        .jpeg({ quality: 85 })
        .toBuffer(),
    ),
  );

const inputs: (string | Uint8Array)[] = existsSync(FIXTURES) ? walk(FIXTURES) : await synthetic();
const source = existsSync(FIXTURES)
  ? `${inputs.length} fixture images`
  : `${inputs.length} synthetic 1600×1004 JPEGs`;

interface Timing {
  seconds: number;
  cpuSeconds: number;
  count: number;
}

// Rounds over the whole set until `minSeconds` have passed, after warm-up rounds (JIT, caches).
// CPU time (all threads of this process) is reported too: it holds when other work shares the cores.
const time = async (work: () => Promise<number> | number): Promise<Timing> => {
  const warm = performance.now();
  while (performance.now() - warm < 300) await work();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let count = 0;
  while (performance.now() - t0 < minSeconds * 1000) count += await work();
  const cpu = process.cpuUsage(cpu0);
  return { seconds: (performance.now() - t0) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, count };
};
const rate = ({ seconds, cpuSeconds, count }: Timing): string =>
  `${(count / seconds).toFixed(1)}/s wall, ${(count / cpuSeconds).toFixed(1)}/s per CPU-second (${((cpuSeconds / count) * 1000).toFixed(2)} ms CPU each)`;

const load = loadavg()
  .map((l) => l.toFixed(1))
  .join(' ');
console.log(`load average ${load} on ${availableParallelism()} cores`);
console.log(
  `bench:pdq  ${source}, ≥${minSeconds} s per figure after a warm-up, one core (sharp.concurrency(1))`,
);

const endToEnd = await time(async () => {
  for (const input of inputs) await hashImageFile(input);
  return inputs.length;
});
console.log(
  `  end to end (read, decode, 512 rule, hash)    ${rate(endToEnd)}   [C++ reference: ~31 files/s]`,
);

const decoded: PdqImage[] = [];
for (const input of inputs) decoded.push(await decodeImage(input));
const hasher = new PdqHasher();
const hashAll = (images: PdqImage[], dihedral: boolean) => (): number => {
  for (const image of images) hasher.hash(image, { dihedral });
  return images.length;
};
const big = decoded.filter((img) => img.width > 512 || img.height > 512);
const squashed: PdqImage[] = await Promise.all(
  big.map(async (img) => {
    const { data } = await sharp(img.data, {
      raw: { width: img.width, height: img.height, channels: img.channels },
    })
      .resize(512, 512, { fit: 'fill', kernel: 'nearest' })
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { width: 512, height: 512, channels: img.channels, data };
  }),
);
console.log(`  from decoded pixels, all images               ${rate(await time(hashAll(decoded, false)))}`);
console.log(`  from decoded pixels, >512 (incl. 512 rule)    ${rate(await time(hashAll(big, false)))}`);
console.log(
  `  from 512×512 pixels                           ${rate(await time(hashAll(squashed, false)))}   [C++: ~232/s]`,
);
console.log(
  `  from 512×512 pixels, + 8 dihedral hashes      ${rate(await time(hashAll(squashed, true)))}   [C++: ~218/s]`,
);
console.log(
  `  decode only                                   ${rate(
    await time(async () => {
      for (const input of inputs) await decodeImage(input);
      return inputs.length;
    }),
  )}`,
);
