import { loadGazetteer } from './packages/extract/src/places/load-gazetteer';
const g = loadGazetteer();
for (const n of process.argv.slice(2)) console.log(n, g.isCommonWord(n), g.candidates(n).slice(0, 4).map((c) => `${c.entry.name}/${c.entry.country}/${c.entry.kind}/${c.entry.population}/${c.origin}`).join(' '));
