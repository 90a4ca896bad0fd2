import { findPlaces } from './packages/extract/src/places/index';
const t0 = performance.now();
for (const text of process.argv.slice(2)) {
  console.log(text);
  for (const p of findPlaces(text)) console.log('  ', JSON.stringify(p));
}
console.log('ms', Math.round(performance.now() - t0));
