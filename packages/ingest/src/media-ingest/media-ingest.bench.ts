// Figures for media ingest on the embedded database: images per second end to end (SHA-256,
// decode, PDQ with 8 dihedral hashes, EXIF, thumbnail, two blob writes, near-duplicate and
// hash-list lookups, one transaction), and the start-up cost of the in-memory near-duplicate
// index (loading N hashes from the media table) with the query time at that size.
// Run: npx tsx packages/ingest/src/media-ingest/media-ingest.bench.ts   (BENCH_HASHES=100000)
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FsBlobStore, nodeHasher, openStore, systemClock, ulidIds } from '@corroborate/store';
import { createMediaIngester } from './media-ingester';
import { photoJpeg } from './media-images.fixture';
import { NearDuplicateIndex } from './near-duplicate-index';

const HASHES = Number(process.env.BENCH_HASHES ?? 100_000);
const FIXTURES = fileURLToPath(new URL('../../../../../shared/fixtures/pdq/images/', import.meta.url));

const fixtureImages = (): { name: string; bytes: Uint8Array }[] => {
  if (!existsSync(FIXTURES)) return [];
  return readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(jpe?g|png|webp|gif|tiff?)$/i.test(f))
    .sort()
    .map((f) => ({ name: f, bytes: readFileSync(join(FIXTURES, f)) }));
};

const randomHex = (seed: number): string => nodeHasher.sha256(`h${seed}`);

const dir = mkdtempSync(join(tmpdir(), 'corroborate-media-bench-'));
const store = await openStore(
  `sqlite:${join(dir, 'bench.db')}`,
  { clock: systemClock, ids: ulidIds },
  { migrate: true },
);
try {
  let images = fixtureImages();
  const source = images.length > 0 ? '../shared fixture photos' : 'generated 400×300 JPEGs';
  if (images.length === 0)
    images = await Promise.all(
      Array.from({ length: 40 }, async (_, i) => ({ name: `g${i}.jpg`, bytes: await photoJpeg(i) })),
    );
  const sut = createMediaIngester({
    store,
    blobs: new FsBlobStore(join(dir, 'blobs')),
    clock: systemClock,
    hasher: nodeHasher,
    heicConverter: null,
  });
  const started = performance.now();
  for (const img of images)
    await sut.ingestImage({ bytes: img.bytes, name: img.name, fileName: img.name, url: null });
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `ingest: ${images.length} images (${source}) in ${seconds.toFixed(2)} s = ${(images.length / seconds).toFixed(1)} images/s`,
  );
  console.log(`        ${JSON.stringify(sut.counts)}`);

  await store.transaction(async (tx) => {
    for (let i = 0; i < HASHES; i++) {
      await tx.media.insertOrGetBySha({
        sha256: nodeHasher.sha256(`bytes${i}`),
        mimeType: 'image/jpeg',
        format: 'jpeg',
        width: 100,
        height: 100,
        byteSize: 1000,
        pdq: randomHex(i),
        pdqQuality: 100,
        pdqDihedral: null,
        flags: [],
        exif: null,
        thumbnailSha256: null,
        sensitivity: 'none',
        fileName: null,
        url: null,
        documentId: null,
        firstSeenAt: new Date(),
      });
    }
  });
  const index = new NearDuplicateIndex();
  const loadStart = performance.now();
  await index.refresh(store.media);
  const loadMs = performance.now() - loadStart;
  const needles = Array.from({ length: 1000 }, (_, i) =>
    Array.from({ length: 8 }, (_, v) => randomHex(i * 8 + v + 1e9)),
  );
  const times: number[] = [];
  for (const n of needles) {
    const t = performance.now();
    index.find(n, 31);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const refreshStart = performance.now();
  await index.refresh(store.media);
  console.log(
    `index: loaded ${index.size} hashes from SQLite in ${loadMs.toFixed(0)} ms; 8-dihedral query at d=31 ` +
      `p50 ${times[500]!.toFixed(3)} ms, p99 ${times[990]!.toFixed(3)} ms; refresh with nothing new ${(performance.now() - refreshStart).toFixed(2)} ms`,
  );
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
