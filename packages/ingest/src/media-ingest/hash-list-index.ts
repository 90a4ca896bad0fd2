import type { HashListRepository } from '@corroborate/core';
import { DIHEDRAL_NAMES, PdqIndex } from '@corroborate/pdq';

/** An entry of an imported hash list that a new item matched. */
export interface ListHit {
  listId: string;
  listName: string;
  hash: string;
  label: string | null;
  line: number;
  distance: number;
  variant: string;
}

interface Entry {
  listId: string;
  hash: string;
  label: string | null;
  line: number;
}

/**
 * The entries of every imported hash list in one PDQ index, kept in memory. Lists are only ever
 * added, so `refresh` reloads when the set of lists has changed and is one small query otherwise.
 */
export class HashListIndex {
  private index = new PdqIndex();
  private entries: Entry[] = [];
  private names = new Map<string, string>();
  private loadedKey = '';

  get size(): number {
    return this.entries.length;
  }

  async refresh(lists: HashListRepository): Promise<void> {
    const all = await lists.list();
    const key = all.map((l) => l.id).join(',');
    if (key === this.loadedKey) return;
    const entries: Entry[] = [];
    for await (const e of lists.iterateEntries()) entries.push(e);
    this.index = new PdqIndex();
    if (entries.length > 0) this.index.addMany(entries.map((e) => e.hash));
    this.entries = entries;
    this.names = new Map(all.map((l) => [l.id, l.name]));
    this.loadedKey = key;
  }

  /** Entries within `distance` of any of the 8 dihedral hashes, closest first. */
  find(dihedral: readonly string[], distance: number): ListHit[] {
    return this.index
      .queryAny(dihedral, distance)
      .map((m) => {
        const e = this.entries[m.id]!;
        return {
          ...e,
          listName: this.names.get(e.listId) ?? e.listId,
          distance: m.distance,
          variant: DIHEDRAL_NAMES[m.variant] ?? String(m.variant),
        };
      })
      .sort((a, b) => a.distance - b.distance || a.line - b.line);
  }
}
