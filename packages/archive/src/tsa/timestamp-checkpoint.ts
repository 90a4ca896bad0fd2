import { checkpointToJson } from '../ledger/checkpoint/checkpoint';
import type { SignedCheckpoint } from '../ledger/checkpoint/checkpoint';
import type { CheckpointStore, StoredTimestamp } from '../ledger/checkpoint/checkpoint-store.port';
import type { Timestamper } from './tsa-client';

/** Timestamps a checkpoint's checkpoint.json bytes with the configured TSAs and stores the tokens. */
export async function timestampCheckpoint(
  deps: { checkpoints: CheckpointStore; timestamper: Timestamper },
  cp: SignedCheckpoint,
): Promise<StoredTimestamp[]> {
  const tokens = await deps.timestamper.timestamp(checkpointToJson(cp));
  const stored = tokens.map((t) => ({
    checkpointSeq: cp.seq,
    tsaUrl: t.tsaUrl,
    token: t.token,
    genTime: t.info.genTime,
  }));
  for (const ts of stored) await deps.checkpoints.addTimestamp(ts);
  return stored;
}
