import { isSha256Hex } from '../shared/sha256';
import { fromUtf8, utf8 } from '../shared/bytes';
import { LEDGER_KINDS } from './ledger-entry';
import type { LedgerEntry, LedgerKind } from './ledger-entry';

/** Entries as JSON Lines, one per line, time as ISO 8601 UTC. */
export const ledgerToJsonl = (entries: readonly LedgerEntry[]): Uint8Array =>
  utf8(entries.map((e) => JSON.stringify({ ...e, at: e.at.toISOString() })).join('\n') + '\n');

function toEntry(value: unknown): LedgerEntry | null {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const at = typeof v.at === 'string' ? new Date(v.at) : null;
  const ok =
    Number.isSafeInteger(v.seq) &&
    at !== null &&
    !Number.isNaN(at.getTime()) &&
    LEDGER_KINDS.includes(v.kind as LedgerKind) &&
    typeof v.objectId === 'string' &&
    isSha256Hex(v.sha256) &&
    isSha256Hex(v.prevHash) &&
    isSha256Hex(v.hash);
  if (!ok) return null;
  return {
    seq: v.seq as number,
    at: at,
    kind: v.kind as LedgerKind,
    objectId: v.objectId as string,
    sha256: v.sha256 as string,
    prevHash: v.prevHash as string,
    hash: v.hash as string,
  };
}

/** Parses ledger JSON Lines; a line that is not a well-formed entry is reported by its number. */
export function ledgerFromJsonl(bytes: Uint8Array): { entries: LedgerEntry[]; badLines: number[] } {
  const entries: LedgerEntry[] = [];
  const badLines: number[] = [];
  fromUtf8(bytes)
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let entry: LedgerEntry | null = null;
      try {
        entry = toEntry(JSON.parse(line));
      } catch {
        entry = null;
      }
      if (entry) entries.push(entry);
      else badLines.push(i + 1);
    });
  return { entries, badLines };
}
