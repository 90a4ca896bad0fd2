// Gazetteer figures: cold build (no cache), warm load, RSS, lookups/s and findPlaces throughput.
// Loads run in fresh child processes so each one pays the real start-up cost.
// Run: npx tsx bench/gazetteer.bench.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(import.meta.url);
const repoRoot = resolve(dirname(here), '..');

interface LoadFigures {
  ms: number;
  rssMb: number;
  heapMb: number;
  entries: number;
}

/** In the child: load the gazetteer once and report time and memory. */
async function childLoad(): Promise<void> {
  const { getGazetteer } = await import('../packages/extract/src/places/index');
  const t0 = performance.now();
  const gaz = getGazetteer();
  const ms = performance.now() - t0;
  const mem = process.memoryUsage();
  const out: LoadFigures = { ms, rssMb: mem.rss / 1e6, heapMb: mem.heapUsed / 1e6, entries: gaz.size };
  console.log(JSON.stringify(out));
}

function loadInChild(cacheDir: string): LoadFigures {
  const out = execFileSync(process.execPath, ['--import', 'tsx', here, '--child-load'], {
    cwd: repoRoot,
    env: { ...process.env, CORROBORATE_GAZETTEER_CACHE: cacheDir },
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as LoadFigures;
}

function sampleTexts(): string[] {
  const file = resolve(repoRoot, '..', 'shared', 'fixtures', 'events', 'dev.jsonl');
  try {
    return readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { text: string }).text);
  } catch {
    // Without the shared fixtures, a few sentences of our own.
    return [
      'A car bomb killed seven people in Baghdad on Tuesday, police and medical sources said.',
      'Gunmen attacked a village near Maiduguri, the capital of Borno State, killing 12.',
      'Air strikes hit Idlib province in northwest Syria, the Syrian Observatory said.',
    ];
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'gazetteer-bench-'));
  try {
    const cold = loadInChild(dir);
    const warm = [loadInChild(dir), loadInChild(dir), loadInChild(dir)].sort((a, b) => a.ms - b.ms)[1]!;
    const { findPlaces, getGazetteer } = await import('../packages/extract/src/places/index');
    const gaz = getGazetteer();
    const names = [
      'Baghdad',
      'Tikrit',
      'Deir al-Zour',
      'Kobani',
      'Paris',
      'Nowhere Town',
      'Maiduguri',
      'بغداد',
    ];
    const n = 200_000;
    const t0 = performance.now();
    for (let i = 0; i < n; i += 1) gaz.lookup(names[i % names.length]!);
    const lookupsPerSec = n / ((performance.now() - t0) / 1000);
    const texts = sampleTexts();
    const chars = texts.reduce((a, t) => a + t.length, 0);
    const rounds = 10;
    // One warm-up round (JIT, lazily built entries), then CPU time: load from other jobs on the
    // machine does not count.
    for (const t of texts) findPlaces(t);
    const cpu0 = process.cpuUsage();
    for (let r = 0; r < rounds; r += 1) for (const t of texts) findPlaces(t);
    const used = process.cpuUsage(cpu0);
    const secs = (used.user + used.system) / 1e6;
    console.log('gazetteer bench');
    console.table({
      'cold load (build + write cache), ms': cold.ms.toFixed(0),
      'cold load RSS, MB': cold.rssMb.toFixed(0),
      'warm load (cache), ms': warm.ms.toFixed(0),
      'warm load RSS, MB': warm.rssMb.toFixed(0),
      'warm load heap, MB': warm.heapMb.toFixed(0),
      entries: warm.entries,
      'lookups/s': Math.round(lookupsPerSec),
      'findPlaces texts/s (CPU)': Math.round((rounds * texts.length) / secs),
      'findPlaces chars/s (CPU)': Math.round((rounds * chars) / secs),
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv.includes('--child-load')) await childLoad();
else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
