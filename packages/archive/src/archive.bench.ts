// Prints timings for the archive package: npx tsx packages/archive/src/archive.bench.ts [megabytes]
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { appendToLedger } from './ledger/append-to-ledger';
import { InMemoryLedgerStore } from './ledger/in-memory-ledger.store';
import { steppingClock } from './ledger/ledger.fixture';
import { verifyLedger } from './ledger/verify-ledger';
import { scenario } from './bundle/proof-bundle.fixture';
import { writeProofBundle } from './bundle/proof-bundle.writer';
import { verifyProofBundle } from './bundle/verify-proof-bundle';
import { sha256Hex } from './shared/sha256';
import { hasOpenssl, startLocalTsa } from './tsa/local-openssl-tsa.fixture';
import { createTsaClient } from './tsa/tsa-client';
import { writeCaptureWarc } from './warc/capture-warc.writer';
import { sampleCapture } from './warc/capture.fixture';
import { readWarc } from './warc/warc.reader';

const totalMb = Number(process.argv[2] ?? 64);

async function time<T>(label: string, fn: () => Promise<T>, unit?: { n: number; what: string }): Promise<T> {
  const t0 = performance.now();
  const out = await fn();
  const ms = performance.now() - t0;
  const rate = unit ? `  (${((unit.n / ms) * 1000).toFixed(unit.what === 'MB' ? 1 : 0)} ${unit.what}/s)` : '';
  console.log(`${label.padEnd(52)} ${ms.toFixed(1).padStart(9)} ms${rate}`);
  return out;
}

const photos = Array.from(
  { length: Math.max(1, Math.round(totalMb / 4)) },
  () => new Uint8Array(randomBytes(4 * 1024 * 1024)),
);
const mb = photos.length * 4;
console.log(`archive bench: ${photos.length} photos, ${mb} MB of media`);

await time(
  'sha256 (WebCrypto) over all media',
  async () => {
    for (const p of photos) await sha256Hex(p);
  },
  { n: mb, what: 'MB' },
);
const capture = sampleCapture({
  resources: photos.map((body, i) => ({
    url: `https://img.example.org/${i}.jpg`,
    fetchedAt: new Date(),
    contentType: 'image/jpeg',
    body,
  })),
});
const warc = await time(
  `writeCaptureWarc (page + ${photos.length} images)`,
  () => writeCaptureWarc(capture),
  { n: mb, what: 'MB' },
);
await time('readWarc (digests checked)', () => readWarc(warc.bytes), { n: mb, what: 'MB' });

const ledger = new InMemoryLedgerStore();
const deps = { ledger, clock: steppingClock() };
const n = 10_000;
await time(
  `appendToLedger x ${n} (in memory)`,
  async () => {
    for (let i = 0; i < n; i++)
      await appendToLedger(deps, { kind: 'media', objectId: `m${i}`, sha256: 'a'.repeat(64) });
  },
  { n, what: 'entries' },
);
const entries = await ledger.range(1, n);
await time(`verifyLedger x ${n}`, () => verifyLedger(entries), { n, what: 'entries' });

const tsa = hasOpenssl ? await startLocalTsa() : null;
if (tsa) {
  const client = createTsaClient({ urls: [`${tsa.url}/tsa`] });
  await time('RFC 3161 round trip to local openssl TSA (1st)', () => client.timestamp(new Uint8Array([1])));
  await time('RFC 3161 round trip to local openssl TSA (2nd)', () => client.timestamp(new Uint8Array([2])));
}
const world = await scenario(tsa ? `${tsa.url}/tsa` : undefined);
const input = {
  ...world.input,
  media: photos.map((bytes, i) => ({ id: `med_${i}`, bytes, mimeType: 'image/jpeg' })),
};
// Put the bench photos in the ledger so the bundle is consistent.
for (const [i, p] of photos.entries())
  await appendToLedger(
    { ledger: world.ledger, clock: steppingClock('2026-05-01T13:00:00Z') },
    { kind: 'media', objectId: `med_${i}`, sha256: await sha256Hex(p) },
  );
const last = (await world.ledger.latest())!;
const { signCheckpoint } = await import('./ledger/checkpoint/checkpoint-if-due');
const checkpoint = signCheckpoint(world.signer, last, new Date());
const slice = await world.ledger.range(input.ledger[0]!.seq, last.seq);
const bundleInput = { ...input, ledger: slice, checkpoint, timestamps: [] };
const bundle = await time(`writeProofBundle (${mb} MB media)`, () => writeProofBundle(bundleInput), {
  n: mb,
  what: 'MB',
});
const report = await time('verifyProofBundle', () => verifyProofBundle(bundle, { requireTimestamp: false }), {
  n: mb,
  what: 'MB',
});
console.log(`bundle ${(bundle.byteLength / 1048576).toFixed(1)} MB, verified: ${report.ok}`);
await tsa?.close();
