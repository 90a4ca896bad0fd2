import {
  collectProofMaterial,
  writeProofBundle,
  type BundledObject,
  type ProofMaterial,
} from '@corroborate/archive';
import {
  DomainError,
  effectiveFacts,
  isDomainError,
  type BlobStore,
  type Clock,
  type Repositories,
} from '@corroborate/core';
import type { Preservation } from './preservation';

export interface BundleDeps {
  store: Pick<
    Repositories,
    'incidents' | 'claims' | 'mediaLinks' | 'documents' | 'media' | 'captures' | 'ledger' | 'checkpoints'
  >;
  blobs: BlobStore;
  clock: Clock;
  preservation: Preservation;
}

export interface BuiltBundle {
  bytes: Uint8Array;
  documents: number;
  media: number;
  captures: number;
  ledgerEntries: number;
  checkpointSeq: number;
  timestamps: number;
}

const blob = async (blobs: BlobStore, sha256: string, what: string): Promise<Uint8Array> => {
  const bytes = await blobs.get(sha256);
  if (!bytes) throw new DomainError('not_found', `${what}: its bytes (${sha256}) are not in the blob store`);
  return bytes;
};

/** Proof material for the objects; signs a checkpoint (and timestamps it) when none covers them yet. */
async function material(deps: BundleDeps, objects: BundledObject[]): Promise<ProofMaterial> {
  const stores = { ledger: deps.store.ledger, checkpoints: deps.store.checkpoints };
  let found: ProofMaterial;
  try {
    found = await collectProofMaterial(stores, objects);
  } catch (err) {
    if (!isDomainError(err) || err.code !== 'conflict') throw err;
    await deps.preservation.checkpointNow();
    found = await collectProofMaterial(stores, objects);
  }
  if (found.timestamps.length === 0 && (await deps.preservation.timestamp(found.checkpoint)).length > 0)
    found = await collectProofMaterial(stores, objects);
  return found;
}

/**
 * Builds an incident's proof bundle (a WACZ): its claims' documents, its linked media, the captures
 * they came from, the ledger slice with the covering checkpoint, the public key and timestamp tokens.
 * Everything is read into memory: bundles are meant for one incident's evidence.
 */
export async function buildProofBundle(deps: BundleDeps, incidentId: string): Promise<BuiltBundle> {
  const incident = await deps.store.incidents.get(incidentId);
  if (!incident) throw new DomainError('not_found', `incident ${incidentId} does not exist`);
  const claims = await deps.store.claims.listByIncident(incidentId);
  const docIds = [...new Set(claims.map((c) => c.documentId))];
  const mediaIds = (await deps.store.mediaLinks.listByIncident(incidentId)).map((l) => l.mediaId);

  const documents = [];
  for (const id of docIds) {
    const d = await deps.store.documents.get(id);
    if (!d) throw new DomainError('not_found', `document ${id} of incident ${incidentId} does not exist`);
    documents.push(d);
  }
  const media = [];
  for (const id of mediaIds) {
    const m = await deps.store.media.get(id);
    if (!m) throw new DomainError('not_found', `media item ${id} of incident ${incidentId} does not exist`);
    media.push({ item: m, bytes: await blob(deps.blobs, m.sha256, `media item ${id}`) });
  }
  const captures = [];
  for (const c of await deps.store.captures.findByObjects([...docIds, ...mediaIds]))
    captures.push({ capture: c, bytes: await blob(deps.blobs, c.sha256, `capture ${c.id}`) });
  if (documents.length + media.length + captures.length === 0)
    throw new DomainError('empty_input', `incident ${incidentId} has no documents or media to bundle`);

  const objects: BundledObject[] = [
    ...documents.map((d) => ({ kind: 'document' as const, objectId: d.id, sha256: d.sha256 })),
    ...media.map((m) => ({ kind: 'media' as const, objectId: m.item.id, sha256: m.item.sha256 })),
    ...captures.map((c) => ({ kind: 'capture' as const, objectId: c.capture.id, sha256: c.capture.sha256 })),
  ];
  const proof = await material(deps, objects);
  const publicKeyPem = await deps.preservation.publicKeyPem();
  if (!publicKeyPem)
    throw new DomainError('not_found', 'the checkpoint signing key is missing from the key folder');

  const bytes = await writeProofBundle({
    incident: {
      id: incident.id,
      title: incident.title,
      dateFrom: incident.dateFrom,
      dateTo: incident.dateTo,
      place: incident.place,
      grade: incident.grade,
      status: incident.status,
      claims: claims.map((c) => ({ id: c.id, documentId: c.documentId, facts: effectiveFacts(c) })),
    },
    captures: captures.map((c) => ({
      id: c.capture.id,
      warc: { filename: c.capture.filename, bytes: c.bytes },
    })),
    media: media.map((m) => ({
      id: m.item.id,
      bytes: m.bytes,
      mimeType: m.item.mimeType,
      metadata: { url: m.item.url, fileName: m.item.fileName, firstSeenAt: m.item.firstSeenAt.toISOString() },
    })),
    documents: documents.map((d) => ({
      id: d.id,
      text: d.text,
      metadata: { url: d.url, title: d.title, publishedAt: d.publishedAt?.toISOString() ?? null },
    })),
    ledger: proof.ledger,
    checkpoint: proof.checkpoint,
    publicKeyPem,
    timestamps: proof.timestamps.map((t) => ({ tsaUrl: t.tsaUrl, token: t.token })),
    createdAt: deps.clock.now(),
  });
  return {
    bytes,
    documents: documents.length,
    media: media.length,
    captures: captures.length,
    ledgerEntries: proof.ledger.length,
    checkpointSeq: proof.checkpoint.seq,
    timestamps: proof.timestamps.length,
  };
}
