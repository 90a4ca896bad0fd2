// npm run bench:ingest [-- --count 10000]: documents/s for ingesting generated ~5 KB articles from a
// folder of files into a fresh SQLite database with full-text indexing (extraction only queued).
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestInputs } from '@corroborate/ingest';
import { nodeHasher, openStore, systemClock, ulidIds } from '@corroborate/store';
import { makeArticle } from './article-generator';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

const count = arg('count', 10_000);
const dir = await mkdtemp(join(tmpdir(), 'corroborate-bench-ingest-'));
try {
  const docs = join(dir, 'docs');
  await mkdir(docs);
  let bytes = 0;
  for (let i = 0; i < count; i += 1) {
    const text = makeArticle(i, 5_000);
    bytes += Buffer.byteLength(text);
    await writeFile(join(docs, `article-${String(i).padStart(6, '0')}.txt`), text);
  }
  const store = await openStore(`sqlite:${join(dir, 'bench.db')}`, { clock: systemClock, ids: ulidIds });
  await store.migrate();
  const t0 = performance.now();
  const summary = await ingestInputs(
    [docs],
    { store, clock: systemClock, hasher: nodeHasher },
    { allowPrivate: false },
  );
  const seconds = (performance.now() - t0) / 1000;
  const hits = await store.documents.search('checkpoint', 5);
  await store.close();
  console.log(`bench:ingest  ${count} articles, ${(bytes / count / 1024).toFixed(1)} KB each on average`);
  console.log(
    `  stored ${summary.stored}, duplicates ${summary.duplicates}, failed ${summary.failed.length}`,
  );
  console.log(
    `  ${seconds.toFixed(2)} s  →  ${(summary.stored / seconds).toFixed(0)} documents/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s (SQLite + FTS5, one core)`,
  );
  console.log(`  full-text check: ${hits.length} hits for "checkpoint"`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
