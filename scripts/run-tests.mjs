#!/usr/bin/env node
// Runs the whole Vitest suite and ends the log with a plain "N passed, N failed" line,
// which CI reads (Vitest's own summary is not a recognised closing line).
import { spawnSync } from 'node:child_process';
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const outDir = join('test-results');
mkdirSync(outDir, { recursive: true });
const jsonFile = join(outDir, 'vitest.json');
const env = { ...process.env, TZ: process.env.TZ || 'Asia/Baghdad' };

// PostgreSQL: use DATABASE_URL when given (CI starts a cluster); otherwise start a throw-away one
// when the server binaries are installed, so `npm test` alone runs both engines.
let startedPg = false;
if (!env.DATABASE_URL) {
  try {
    const { startPostgres } = await import('./services/postgres.mjs');
    env.DATABASE_URL = (await startPostgres()).url;
    startedPg = true;
    console.log(`started a throw-away PostgreSQL for the tests: ${env.DATABASE_URL}`);
  } catch (err) {
    console.log(
      `PostgreSQL tests will be skipped: could not start PostgreSQL (${err.message.split('\n')[0]})`,
    );
  }
}
const args = [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${jsonFile}`,
  ...process.argv.slice(2),
];
// Build the gazetteer cache once up front rather than in several test processes at the same time.
spawnSync('npx', ['tsx', 'scripts/build-gazetteer.ts'], { stdio: 'inherit', env });
const run = spawnSync('npx', args, { stdio: 'inherit', env });
if (startedPg) {
  const { stopPostgres } = await import('./services/postgres.mjs');
  await stopPostgres().catch((err) => console.error(`could not stop PostgreSQL: ${err.message}`));
}
let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const report = JSON.parse(readFileSync(jsonFile, 'utf8'));
  passed = report.numPassedTests;
  failed = report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  skipped = report.numPendingTests + (report.numTodoTests ?? 0);
  const engines = { SQLite: [0, 0], PostgreSQL: [0, 0] };
  for (const suite of report.testResults ?? []) {
    if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) failed += 1;
    for (const t of suite.assertionResults ?? []) {
      const engine = Object.keys(engines).find((e) =>
        (t.ancestorTitles ?? []).some((a) => a.startsWith(`${e} store`)),
      );
      if (engine) engines[engine][t.status === 'passed' ? 0 : 1] += 1;
    }
  }
  for (const [engine, [ok, notOk]] of Object.entries(engines)) {
    console.log(`repository contract on ${engine}: ${ok} passed, ${notOk} not passed (failed or skipped)`);
  }
} catch (err) {
  console.error(`could not read the test report ${jsonFile}: ${err.message}`);
  failed = Math.max(failed, 1);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(run.status === 0 && failed === 0 ? 0 : 1);
