// Streams a ~2 GB Telegram Desktop export through the real import and prints peak RSS, time and posts/s.
// Run: npx tsx bench/import-stream.bench.ts [--messages 200000] [--photos 1000] [--videos 18] [--video-mb 100]
// The export (result.json with padded Arabic messages, photos/, video_files/) is written to a temp folder
// with write streams and deleted afterwards. The bound: peak RSS under 500 MB.
import { createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMediaIngester, importPosts, readTelegramExport } from '@corroborate/ingest';
import { FsBlobStore, nodeHasher, openStore, systemClock, ulidIds } from '@corroborate/store';
import { photoJpeg } from '../packages/ingest/src/media-ingest/media-images.fixture';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const MESSAGES = arg('messages', 200_000);
const PHOTOS = arg('photos', 1_000);
const VIDEOS = arg('videos', 18);
const VIDEO_BYTES = arg('video-mb', 100) * 1_048_576;
const PAD = 'ف'.repeat(300);
const mb = (n: number) => `${(n / 1_048_576).toFixed(0)} MB`;

const writer = (path: string) => {
  const out = createWriteStream(path);
  return {
    write: (chunk: string | Uint8Array) =>
      out.write(chunk) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())),
    end: () => new Promise<void>((r) => out.end(() => r())),
  };
};

const folderBytes = async (dir: string): Promise<number> => {
  let total = 0;
  for (const f of await readdir(dir, { recursive: true, withFileTypes: true }))
    if (f.isFile()) total += (await stat(join(f.parentPath, f.name))).size;
  return total;
};

async function writeExport(dir: string): Promise<void> {
  await mkdir(join(dir, 'photos'));
  await mkdir(join(dir, 'video_files'));
  const json = writer(join(dir, 'result.json'));
  await json.write('{\n "name": "قناة الاختبار",\n "type": "public_channel",\n "id": 1,\n "messages": [\n');
  for (let i = 1; i <= MESSAGES; i++) {
    const attachment =
      i <= PHOTOS
        ? { photo: `photos/p${i}.jpg` }
        : i <= PHOTOS + VIDEOS
          ? { file: `video_files/v${i}.mp4`, media_type: 'video_file' }
          : {};
    const m = {
      id: i,
      type: 'message',
      date: '2014-06-14T15:00:00',
      date_unixtime: String(1402747200 + i),
      from: 'قناة الاختبار',
      text: [`رسالة ${i}: ${PAD} `, { type: 'link', text: `https://example.org/${i}` }],
      ...attachment,
    };
    await json.write(`  ${JSON.stringify(m)}${i < MESSAGES ? ',' : ''}\n`);
  }
  await json.write(' ]\n}\n');
  await json.end();
  for (let i = 1; i <= PHOTOS; i++) await writeFile(join(dir, 'photos', `p${i}.jpg`), await photoJpeg(i));
  // Video bytes are never decoded (only images become media), so a repeated 1 MiB block will do.
  const block = new Uint8Array(1_048_576).fill(7);
  for (let v = PHOTOS + 1; v <= PHOTOS + VIDEOS; v++) {
    const out = writer(join(dir, 'video_files', `v${v}.mp4`));
    for (let written = 0; written < VIDEO_BYTES; written += block.byteLength) await out.write(block);
    await out.end();
  }
}

const dir = await mkdtemp(join(tmpdir(), 'corroborate-import-stream-'));
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
try {
  let t = performance.now();
  await writeExport(join(dir));
  const resultJson = (await stat(join(dir, 'result.json'))).size;
  const total = await folderBytes(dir);
  console.log(
    `export: ${mb(total)} on disk (result.json ${mb(resultJson)}, ${MESSAGES} messages, ${PHOTOS} photos, ${VIDEOS} videos × ${mb(VIDEO_BYTES)}), written in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );

  const store = await openStore(`sqlite:${join(dir, 'store', 'bench.db')}`, {
    clock: systemClock,
    ids: ulidIds,
  });
  await store.migrate();
  const media = createMediaIngester({
    store,
    blobs: new FsBlobStore(join(dir, 'store', 'blobs')),
    clock: systemClock,
    hasher: nodeHasher,
    heicConverter: null,
  });
  peak = process.memoryUsage().rss;
  const before = peak;
  t = performance.now();
  const summary = await importPosts(
    { store, clock: systemClock, hasher: nodeHasher, ingestImage: (src) => media.ingestImage(src) },
    await readTelegramExport(dir),
  );
  const s = (performance.now() - t) / 1000;
  await store.close();
  console.log(
    `import: ${summary.posts} posts (${summary.documents.stored} documents, ${summary.media.stored} media, ${summary.skipped.length} skipped attachments, ${summary.failed.length} failed) in ${s.toFixed(1)} s, ${(summary.posts / s).toFixed(0)} posts/s`,
  );
  console.log(
    `peak RSS during import: ${mb(peak)} (at start ${mb(before)}); bound 500 MB: ${peak < 500 * 1_048_576 ? 'holds' : 'EXCEEDED'}`,
  );
} finally {
  clearInterval(sampler);
  await rm(dir, { recursive: true, force: true });
}
