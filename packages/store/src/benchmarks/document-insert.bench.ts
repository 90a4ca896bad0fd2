// Figures for the SQLite write path: 10,000 documents of ~5 KB into a file database with FTS5,
// once in a single transaction and once as ingest does it (a transaction per document with its
// extraction job), then search latency over the result. Run: npx tsx packages/store/src/benchmarks/document-insert.bench.ts
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NewDocument, Store } from '@corroborate/core';
import { nodeHasher } from '../adapters/node-hasher';
import { systemClock } from '../adapters/system-clock';
import { ulidIds } from '../adapters/ulid-ids';
import { openStore } from '../open-store';

const COUNT = Number(process.env.BENCH_DOCS ?? 10_000);
const WORDS = (
  'killed wounded civilians village market shelling airstrike officials said witnesses reported ' +
  'ministry health hospital displaced families province district militia forces army police ' +
  'according statement casualties bodies mass grave investigation human rights monitors claimed ' +
  'denied attack convoy checkpoint town city river bridge school mosque church café night morning'
).split(' ');

/** Deterministic ~5 KB text: the same run gives the same documents. */
const makeText = (i: number): string => {
  let seed = i * 2_654_435_761 + 1;
  const out: string[] = [`Report ${i}.`];
  let size = 0;
  while (size < 5_000) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    const w = WORDS[seed % WORDS.length]!;
    out.push(w);
    size += w.length + 1;
  }
  return out.join(' ');
};

const makeDoc = (i: number): NewDocument => {
  const text = makeText(i);
  return {
    kind: 'article',
    url: `https://example.org/${i}`,
    fileName: null,
    title: `Report ${i}`,
    byline: null,
    publishedAt: new Date(Date.UTC(2014, 5, 1) + i * 60_000),
    retrievedAt: new Date(),
    language: 'en',
    text,
    sha256: nodeHasher.sha256(text),
    sourceId: null,
    ingestNotes: [],
  };
};

const timed = async (label: string, store: Store, fn: () => Promise<void>): Promise<void> => {
  const t0 = performance.now();
  await fn();
  const s = (performance.now() - t0) / 1000;
  console.log(
    `${label}: ${COUNT} docs in ${s.toFixed(2)} s = ${Math.round(COUNT / s)} docs/s (${await store.documents.count()} stored)`,
  );
};

const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-'));
try {
  const docs = Array.from({ length: COUNT }, (_, i) => makeDoc(i));
  const deps = { clock: systemClock, ids: ulidIds };

  const bulk = await openStore(`sqlite:${join(dir, 'bulk.db')}`, deps, { migrate: true });
  await timed('one transaction, insert only', bulk, () =>
    bulk.transaction(async (tx) => {
      for (const d of docs) await tx.documents.insertOrGetBySha(d);
    }),
  );
  const queries = ['massacre', 'civil', 'cafe', 'grave investigation', 'report 9999'];
  for (const q of queries) {
    const t0 = performance.now();
    const runs = 20;
    let hits = 0;
    for (let r = 0; r < runs; r++) hits = (await bulk.documents.search(q, 20)).length;
    console.log(`search "${q}" (limit 20): ${((performance.now() - t0) / runs).toFixed(2)} ms, ${hits} hits`);
  }
  await bulk.close();
  console.log(`database size: ${(statSync(join(dir, 'bulk.db')).size / 1e6).toFixed(1)} MB`);

  const perDoc = await openStore(`sqlite:${join(dir, 'per-doc.db')}`, deps, { migrate: true });
  await timed('transaction per document, insert + enqueue job', perDoc, async () => {
    for (const d of docs) {
      await perDoc.transaction(async (tx) => {
        const { document } = await tx.documents.insertOrGetBySha(d);
        await tx.jobs.enqueue(
          'document.extract',
          { documentId: document.id },
          { dedupeKey: `extract:${document.id}` },
        );
      });
    }
  });
  await perDoc.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
