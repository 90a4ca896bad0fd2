import { loadGazetteer } from './packages/extract/src/places/load-gazetteer';
import { tokenize } from './packages/extract/src/places/tokenize';
import { recognize } from './packages/extract/src/places/recognize';
import { findPlaces } from './packages/extract/src/places/index';
const text = process.argv[2]!;
const g = loadGazetteer();
const ms = recognize(text, tokenize(text), g);
for (const m of ms) console.log(text.slice(m.start, m.end), m.via, m.typeHint, m.located, m.contextOnly, m.candidates.slice(0, 3).map((c) => `${c.entry.name}/${c.entry.country}/${c.entry.kind}/${c.entry.population}/${c.origin}`).join(' '));
console.log(findPlaces(text).map((p) => `${p.name}->${p.country}/${p.kind}`).join(', '));
