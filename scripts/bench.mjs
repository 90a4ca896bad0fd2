#!/usr/bin/env node
// npm run bench NAME [-- args]: runs bench/NAME.bench.ts; without a name, lists the benchmarks.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const [name, ...rest] = process.argv.slice(2);
const names = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''));
if (!name || !existsSync(`bench/${name}.bench.ts`)) {
  console.log(`benchmarks: ${names.join(', ')}\nusage: npm run bench NAME [-- options]`);
  process.exit(name ? 2 : 0);
}
const run = spawnSync('npx', ['tsx', `bench/${name}.bench.ts`, ...rest], { stdio: 'inherit' });
process.exit(run.status ?? 1);
