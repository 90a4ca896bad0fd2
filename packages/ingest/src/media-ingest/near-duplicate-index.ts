import type { MediaRepository } from '@corroborate/core';
import { DIHEDRAL_NAMES, PdqIndex } from '@corroborate/pdq';

/** An earlier item whose PDQ hash is within the distance of one of the new item's 8 variants. */
export interface NearDuplicate {
  mediaId: string;
  distance: number;
  /** The variant of the new item that matched ("orig", "flipx", …). */
  variant: string;
  firstSeenAt: Date;
}

const LOAD_BATCH = 5_000;
// Rows are loaded by insertion position. In PostgreSQL a transaction can commit after one with a
// later position; re-reading a window behind the last position catches such late arrivals.
const LATE_WINDOW = 256;

/**
 * The PDQ hashes of stored media in a multi-index (from @corroborate/pdq), kept in memory for the
 * life of the process. `refresh` loads what was stored since the last call (by this process or
 * another), so the first call loads everything and later ones are cheap.
 */
export class NearDuplicateIndex {
  private readonly index = new PdqIndex();
  private readonly mediaIds: string[] = [];
  private readonly firstSeen: number[] = [];
  private position = 0;
  private readonly recent = new Set<number>();

  /** Number of hashes held. */
  get size(): number {
    return this.mediaIds.length;
  }

  /** Loads hashes stored since the last refresh. */
  async refresh(media: MediaRepository): Promise<void> {
    let after = Math.max(0, this.position - LATE_WINDOW);
    for (;;) {
      const rows = await media.hashesForMatching(after, LOAD_BATCH);
      const fresh = rows.filter((r) => !this.recent.has(r.position));
      if (fresh.length > 0) this.index.addMany(fresh.map((r) => r.pdq));
      for (const r of fresh) {
        this.mediaIds.push(r.id);
        this.firstSeen.push(r.firstSeenAt.getTime());
        this.recent.add(r.position);
        this.position = Math.max(this.position, r.position);
      }
      if (rows.length < LOAD_BATCH) break;
      after = rows.at(-1)!.position;
    }
    for (const p of this.recent) if (p <= this.position - LATE_WINDOW) this.recent.delete(p);
  }

  /** Stored items within `distance` of any of the 8 dihedral hashes, closest first (then earliest seen). */
  find(dihedral: readonly string[], distance: number): NearDuplicate[] {
    return this.index
      .queryAny(dihedral, distance)
      .map((m) => ({
        mediaId: this.mediaIds[m.id]!,
        distance: m.distance,
        variant: DIHEDRAL_NAMES[m.variant] ?? String(m.variant),
        firstSeenAt: new Date(this.firstSeen[m.id]!),
      }))
      .sort((a, b) => a.distance - b.distance || a.firstSeenAt.getTime() - b.firstSeenAt.getTime());
  }
}
