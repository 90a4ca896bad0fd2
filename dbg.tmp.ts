import { loadGazetteer } from './packages/extract/src/places/load-gazetteer';
import { tokenize } from './packages/extract/src/places/tokenize';
import { nameSequences } from './packages/extract/src/places/name-sequences';
const text = process.argv[2]!;
const toks = tokenize(text);
console.log(toks.map((t) => `${t.text}${t.capitalised ? '^' : ''}${t.sentenceStart ? '!' : ''}`).join(' '));
console.log(nameSequences(toks));
const g = loadGazetteer();
console.log(g.isCommonWord('texas'), g.isCommonWord('tripoli'));
