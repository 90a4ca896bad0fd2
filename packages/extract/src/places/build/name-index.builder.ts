import type { NameIndex } from '../gazetteer-tables';
import { ORIGINS } from '../gazetteer-tables';
import type { NameOrigin } from '../types';

/** Collects (key, entry, origin) triples and packs them into a sorted NameIndex. */
export class NameIndexBuilder {
  // Packed as entryId * 4 + origin: ~10^6 small arrays stay far lighter than nested Maps.
  private readonly postings = new Map<string, number[]>();

  add(key: string, entryId: number, origin: NameOrigin): void {
    if (key === '') return;
    const packed = entryId * 4 + ORIGINS.indexOf(origin);
    const list = this.postings.get(key);
    if (list) list.push(packed);
    else this.postings.set(key, [packed]);
  }

  /** Entry ids filed under `key`, strongest origin first. */
  entriesOf(key: string): number[] {
    return dedupe(this.postings.get(key) ?? []).map((p) => Math.floor(p / 4));
  }

  forEach(fn: (key: string, entryIds: number[]) => void): void {
    for (const [key, list] of this.postings)
      fn(
        key,
        dedupe(list).map((p) => Math.floor(p / 4)),
      );
  }

  build(): NameIndex {
    const keys = [...this.postings.keys()].sort();
    const lists = keys.map((k) => dedupe(this.postings.get(k) ?? []));
    const total = lists.reduce((n, l) => n + l.length, 0);
    const postStart = new Int32Array(keys.length + 1);
    const postIds = new Int32Array(total);
    const postOrigins = new Uint8Array(total);
    let at = 0;
    lists.forEach((list, i) => {
      postStart[i] = at;
      for (const p of list) {
        postIds[at] = Math.floor(p / 4);
        postOrigins[at] = p % 4;
        at += 1;
      }
    });
    postStart[keys.length] = at;
    return { keys, postStart, postIds, postOrigins };
  }
}

/** One posting per entry, keeping its strongest origin (lowest code). */
function dedupe(list: number[]): number[] {
  const best = new Map<number, number>();
  for (const p of list) {
    const id = Math.floor(p / 4);
    const prev = best.get(id);
    if (prev === undefined || p < prev) best.set(id, p);
  }
  return [...best.values()].sort((a, b) => (a % 4) - (b % 4) || a - b);
}
