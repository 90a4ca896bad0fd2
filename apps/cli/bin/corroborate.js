#!/usr/bin/env node
// Runs the TypeScript sources directly: the packages are source-only, so there is no build step.
import { register } from 'tsx/esm/api';

// A reader that stops early (`corroborate export | head`) is not an error.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv);
