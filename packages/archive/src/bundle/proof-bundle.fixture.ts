import { fromUtf8, utf8 } from '../shared/bytes';
import { sha256Hex } from '../shared/sha256';
import { appendToLedger } from '../ledger/append-to-ledger';
import { checkpointIfDue } from '../ledger/checkpoint/checkpoint-if-due';
import { loadOrCreateSigner } from '../ledger/checkpoint/ed25519-signer';
import type { CheckpointSigner } from '../ledger/checkpoint/ed25519-signer';
import { InMemoryCheckpointStore } from '../ledger/checkpoint/in-memory-checkpoint.store';
import { InMemoryKeyStore } from '../ledger/checkpoint/in-memory-key.store';
import { InMemoryLedgerStore } from '../ledger/in-memory-ledger.store';
import { steppingClock } from '../ledger/ledger.fixture';
import { timestampCheckpoint } from '../tsa/timestamp-checkpoint';
import { createTsaClient } from '../tsa/tsa-client';
import { sampleCapture } from '../warc/capture.fixture';
import { writeCaptureWarc } from '../warc/capture-warc.writer';
import { openWacz } from '../wacz/wacz.reader';
import { DATAPACKAGE, DATAPACKAGE_DIGEST } from '../wacz/wacz.types';
import { packWacz } from '../wacz/wacz.writer';
import { MANIFEST } from './bundle-layout';
import { collectProofMaterial } from './collect-proof-material';
import type { BundleManifest, ProofBundleInput } from './proof-bundle.types';

export const PHOTO = Uint8Array.from([
  0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 9, 8, 7, 6, 5, 0xff, 0xd9,
]);
export const REPORT_TEXT = 'On 12 June 2014 survivors said about 1,700 cadets were taken from Camp Speicher.';

export interface Scenario {
  input: ProofBundleInput;
  signer: CheckpointSigner;
  ledger: InMemoryLedgerStore;
  checkpoints: InMemoryCheckpointStore;
}

/**
 * A realistic bundle input: an unrelated audit entry, then a document, a capture, a photo and more audit
 * entries in the ledger, a signed checkpoint over the last, and (given a TSA URL) a trusted timestamp.
 */
export async function scenario(tsaUrl?: string): Promise<Scenario> {
  const ledger = new InMemoryLedgerStore();
  const clock = steppingClock('2026-05-01T12:00:00.000Z');
  const warc = await writeCaptureWarc(sampleCapture());
  const add = async (kind: 'document' | 'media' | 'capture' | 'audit', objectId: string, sha256: string) =>
    appendToLedger({ ledger, clock }, { kind, objectId, sha256 });
  await add('audit', 'aud_0', 'e'.repeat(64));
  await add('document', 'doc_1', await sha256Hex(REPORT_TEXT));
  await add('capture', 'cap_1', warc.sha256);
  await add('audit', 'aud_1', 'f'.repeat(64));
  await add('media', 'med_1', await sha256Hex(PHOTO));
  await add('audit', 'aud_2', 'd'.repeat(64));
  const signer = await loadOrCreateSigner(new InMemoryKeyStore());
  const checkpoints = new InMemoryCheckpointStore();
  const cp = await checkpointIfDue({ ledger, checkpoints, signer, clock }, { everyEntries: 1, everyMs: 0 });
  if (tsaUrl && cp)
    await timestampCheckpoint({ checkpoints, timestamper: createTsaClient({ urls: [tsaUrl] }) }, cp);
  const material = await collectProofMaterial({ ledger, checkpoints }, [
    { kind: 'document', objectId: 'doc_1', sha256: await sha256Hex(REPORT_TEXT) },
    { kind: 'capture', objectId: 'cap_1', sha256: warc.sha256 },
    { kind: 'media', objectId: 'med_1', sha256: await sha256Hex(PHOTO) },
  ]);
  const input: ProofBundleInput = {
    incident: {
      id: 'inc_1',
      title: 'Camp Speicher, June 2014',
      summary: 'Reports of mass killings of cadets.',
    },
    captures: [{ id: 'cap_1', warc: { filename: warc.filename, bytes: warc.bytes }, pages: warc.pages }],
    media: [
      {
        id: 'med_1',
        bytes: PHOTO,
        mimeType: 'image/jpeg',
        metadata: { url: 'https://img.example.org/photo-1.jpg' },
      },
    ],
    documents: [{ id: 'doc_1', text: REPORT_TEXT, metadata: { title: 'Survivors describe the killings' } }],
    ledger: material.ledger,
    checkpoint: material.checkpoint,
    publicKeyPem: signer.publicKeyPem,
    timestamps: material.timestamps.map((t) => ({ tsaUrl: t.tsaUrl, token: t.token })),
    createdAt: new Date('2026-05-02T08:00:00.000Z'),
  };
  return { input, signer, ledger, checkpoints };
}

/**
 * A capable forger's edit: change files, then recompute manifest.json and datapackage.json hashes so
 * nothing but the ledger, signature and timestamps can give the change away.
 */
export async function forge(
  bytes: Uint8Array,
  edit: (files: Map<string, Uint8Array>) => void | Promise<void>,
): Promise<Uint8Array> {
  const wacz = await openWacz(bytes);
  const files = new Map<string, Uint8Array>(
    wacz.entries
      .filter((e) => e.path !== DATAPACKAGE && e.path !== DATAPACKAGE_DIGEST)
      .map((e) => [e.path, e.bytes.slice()]),
  );
  await edit(files);
  const manifest = JSON.parse(fromUtf8(files.get(MANIFEST) ?? new Uint8Array())) as BundleManifest;
  for (const f of manifest.files) {
    const b = files.get(f.path);
    if (b) Object.assign(f, { sha256: await sha256Hex(b), bytes: b.byteLength });
  }
  files.set(MANIFEST, utf8(JSON.stringify(manifest, null, 2)));
  const packed = await packWacz(
    Array.from(files, ([path, b]) => ({ path, bytes: b })),
    { created: new Date('2026-05-03T00:00:00Z') },
  );
  return packed.bytes;
}
