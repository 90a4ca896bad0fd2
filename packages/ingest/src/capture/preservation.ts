import {
  FileKeyStore,
  checkpointIfDue,
  checkpointToJson,
  createTsaClient,
  loadOrCreateSigner,
  signCheckpoint,
  timestampCheckpoint,
  verifyCheckpoint,
  verifyTimestamp,
  type CheckpointSigner,
  type SignedCheckpoint,
  type StoredTimestamp,
  type Timestamper,
} from '@corroborate/archive';
import { DomainError, type Clock, type Repositories } from '@corroborate/core';
import type { PreservationVerifiers } from '@corroborate/store';
import type { PreservationConfig } from './preservation-config';

export interface PreservationDeps {
  store: Pick<Repositories, 'ledger' | 'checkpoints'>;
  clock: Clock;
  config: PreservationConfig;
  /** Replaces the HTTP TSA client (tests). */
  timestamper?: Timestamper;
}

/** Checkpointing, timestamping and verification over one store's ledger, with the instance key. */
export interface Preservation {
  /** The instance signer; the key is generated on first use and kept in the key folder. */
  signer(): Promise<CheckpointSigner>;
  /** Public key PEM (SPKI) when a key exists; null before the first checkpoint. */
  publicKeyPem(): Promise<string | null>;
  /** Checkpoints per the policy, then timestamps it when TSAs are configured. */
  checkpointIfDue(): Promise<SignedCheckpoint | null>;
  /** Checkpoints the latest entry now unless the latest checkpoint already covers it; returns the covering one. */
  checkpointNow(): Promise<SignedCheckpoint | null>;
  /** Asks the configured TSAs for tokens over the checkpoint; [] when none are configured. */
  timestamp(cp: SignedCheckpoint): Promise<StoredTimestamp[]>;
  verifiers: PreservationVerifiers;
}

/** Wires the archive library to the store: the one place that knows the key folder and TSAs. */
export function createPreservation(deps: PreservationDeps): Preservation {
  const keysDir = deps.config.keysDir;
  const keys = keysDir ? new FileKeyStore(keysDir) : null;
  const noKeys = (): DomainError =>
    new DomainError('validation_failed', 'no folder for the checkpoint signing key: set CORROBORATE_KEYS');
  let signer: Promise<CheckpointSigner> | null = null;
  const getSigner = (): Promise<CheckpointSigner> =>
    keys ? (signer ??= loadOrCreateSigner(keys)) : Promise.reject(noKeys());
  const trusted = deps.config.tsaCaPem ? { trustedCertsPem: deps.config.tsaCaPem } : {};
  const timestamper =
    deps.timestamper ??
    (deps.config.tsaUrls.length > 0 ? createTsaClient({ urls: deps.config.tsaUrls, ...trusted }) : null);
  const ledgerDeps = async () => ({
    ledger: deps.store.ledger,
    checkpoints: deps.store.checkpoints,
    signer: await getSigner(),
    clock: deps.clock,
  });
  const timestamp = (cp: SignedCheckpoint): Promise<StoredTimestamp[]> =>
    timestamper
      ? timestampCheckpoint({ checkpoints: deps.store.checkpoints, timestamper }, cp)
      : Promise.resolve([]);
  const publicKeyPem = async (): Promise<string | null> =>
    keys ? ((await keys.load())?.publicKeyPem ?? null) : null;

  return {
    signer: getSigner,
    publicKeyPem,
    async checkpointIfDue() {
      const cp = await checkpointIfDue(await ledgerDeps(), deps.config.policy);
      if (cp) await timestamp(cp);
      return cp;
    },
    async checkpointNow() {
      const [entry, last] = await Promise.all([deps.store.ledger.latest(), deps.store.checkpoints.latest()]);
      if (!entry) return null;
      if (last && last.seq >= entry.seq) return last;
      const cp = signCheckpoint(await getSigner(), entry, deps.clock.now());
      await deps.store.checkpoints.save(cp);
      await timestamp(cp);
      return cp;
    },
    timestamp,
    verifiers: {
      async checkpointSignature(cp) {
        const pem = await publicKeyPem();
        if (!pem)
          return keysDir
            ? `no public key in ${keysDir} to check its signature`
            : 'no key folder configured (CORROBORATE_KEYS) to check its signature';
        const r = await verifyCheckpoint(cp, pem);
        return r.ok ? null : r.problem;
      },
      async timestampToken(cp, ts) {
        const r = await verifyTimestamp(ts.token, checkpointToJson(cp), trusted);
        return r.ok ? null : r.problem;
      },
    },
  };
}
