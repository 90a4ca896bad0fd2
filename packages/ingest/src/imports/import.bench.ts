// Figures for streaming a large Telegram export: result.json scan speed, and peak RSS while
// importing many posts with many small photos (each read, hashed and stored one at a time).
// Run: npx tsx packages/ingest/src/imports/import.bench.ts [messages] [photos] [padKB]
//   defaults 200000 messages (~100 MB result.json with padKB=0.4), 2000 photos.
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FsBlobStore, nodeHasher, openStore, systemClock, ulidIds } from '@corroborate/store';
import { createMediaIngester } from '../media-ingest/media-ingester';
import { photoJpeg } from '../media-ingest/media-images.fixture';
import { importPosts } from './import-posts';
import { utf8Chunks } from './export-files';
import { scanJsonStream } from './json-stream-scanner';
import { readTelegramExport } from './telegram-export';

const MESSAGES = Number(process.argv[2] ?? 200_000);
const PHOTOS = Number(process.argv[3] ?? 2_000);
const PAD = 'ف'.repeat(Math.round(Number(process.argv[4] ?? 0.4) * 512));

const dir = await mkdtemp(join(tmpdir(), 'corroborate-import-bench-'));
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
const mb = (n: number) => `${(n / 1e6).toFixed(0)} MB`;
try {
  await mkdir(join(dir, 'photos'));
  const out = createWriteStream(join(dir, 'result.json'));
  const write = (s: string) =>
    out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r()));
  await write('{\n "name": "قناة الاختبار",\n "type": "public_channel",\n "id": 1,\n "messages": [\n');
  for (let i = 1; i <= MESSAGES; i++) {
    const photo = i <= PHOTOS ? `photos/p${i}.jpg` : undefined;
    const m = {
      id: i,
      type: 'message',
      date: '2014-06-14T12:00:00',
      date_unixtime: String(1402736400 + i),
      from: 'قناة الاختبار',
      text: `رسالة ${i}: ${PAD}`,
      ...(photo ? { photo } : {}),
    };
    await write(`  ${JSON.stringify(m)}${i < MESSAGES ? ',' : ''}\n`);
  }
  await write(' ]\n}\n');
  await new Promise<void>((r) => out.end(() => r()));
  for (let i = 1; i <= PHOTOS; i++) await writeFile(join(dir, 'photos', `p${i}.jpg`), await photoJpeg(i));
  const size = (await stat(join(dir, 'result.json'))).size;
  console.log(`export: ${MESSAGES} messages, result.json ${mb(size)}, ${PHOTOS} photos`);

  peak = 0;
  let t = performance.now();
  let n = 0;
  for await (const p of scanJsonStream(utf8Chunks(join(dir, 'result.json')), {
    name: 'r',
    streamKey: 'messages',
  }))
    if (p.kind === 'item') n += 1;
  let s = (performance.now() - t) / 1000;
  console.log(`scan only: ${n} messages in ${s.toFixed(1)} s (${mb(size / s)}/s), peak RSS ${mb(peak)}`);

  const store = await openStore(`sqlite:${join(dir, 'b.db')}`, { clock: systemClock, ids: ulidIds });
  await store.migrate();
  const blobs = new FsBlobStore(join(dir, 'blobs'));
  const media = createMediaIngester({
    store,
    blobs,
    clock: systemClock,
    hasher: nodeHasher,
    heicConverter: null,
  });
  peak = 0;
  t = performance.now();
  const summary = await importPosts(
    { store, clock: systemClock, hasher: nodeHasher, ingestImage: (src) => media.ingestImage(src) },
    await readTelegramExport(dir),
  );
  s = (performance.now() - t) / 1000;
  console.log(
    `import: ${summary.posts} posts (${summary.documents.stored} documents, ${summary.media.stored} media) in ${s.toFixed(1)} s, ${(summary.posts / s).toFixed(0)} posts/s, peak RSS ${mb(peak)}`,
  );
  await store.close();
} finally {
  clearInterval(sampler);
  await rm(dir, { recursive: true, force: true });
}
