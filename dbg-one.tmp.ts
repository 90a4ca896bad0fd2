import { readFileSync } from 'node:fs';
import { findPlaces } from './packages/extract/src/places/index';
const rows = readFileSync('../shared/fixtures/geoparse/gwn_dev.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const r = rows.find((x) => x.id === process.argv[2]);
findPlaces(r.text);
