import { DomainError } from '@corroborate/core';
import { checkpointToJson } from '../ledger/checkpoint/checkpoint';
import type { LedgerEntry, LedgerKind } from '../ledger/ledger-entry';
import { ledgerToJsonl } from '../ledger/ledger-jsonl';
import { verifyLedger } from '../ledger/verify-ledger';
import { utf8 } from '../shared/bytes';
import { sha256Hex } from '../shared/sha256';
import { packWacz, waczContent } from '../wacz/wacz.writer';
import type { WaczFile } from '../wacz/wacz.writer';
import {
  CHECKPOINT,
  INCIDENT,
  LEDGER,
  MANIFEST,
  MANIFEST_FORMAT,
  PUBLIC_KEY,
  documentPath,
  mediaPath,
  safeId,
  timestampPath,
} from './bundle-layout';
import type { BundleManifest, FileRole, ManifestFile, ProofBundleInput } from './proof-bundle.types';

type Entry = WaczFile & Omit<ManifestFile, 'path' | 'sha256' | 'bytes'>;

/** Hashes each byte array once per bundle: evidence can be tens of megabytes. */
function hasher(): (bytes: Uint8Array) => Promise<string> {
  const memo = new Map<Uint8Array, Promise<string>>();
  return (bytes) => {
    const known = memo.get(bytes) ?? sha256Hex(bytes);
    memo.set(bytes, known);
    return known;
  };
}

function ledgerSeqOf(
  ledger: readonly LedgerEntry[],
  kind: LedgerKind,
  objectId: string,
  sha256: string,
): number {
  const entry = ledger.find((e) => e.kind === kind && e.objectId === objectId && e.sha256 === sha256);
  if (!entry)
    throw new DomainError(
      'validation_failed',
      `${kind} ${objectId} (sha256 ${sha256.slice(0, 12)}…) is not in the ledger slice`,
    );
  return entry.seq;
}

async function evidenceFiles(
  input: ProofBundleInput,
  hash: (b: Uint8Array) => Promise<string>,
): Promise<Entry[]> {
  const out: Entry[] = [];
  const seq = async (kind: LedgerKind, id: string, bytes: Uint8Array) =>
    ledgerSeqOf(input.ledger, kind, id, await hash(bytes));
  const content = input.captures.length
    ? await waczContent(
        input.captures.map((c) => c.warc),
        input.captures.flatMap((c) => c.pages ?? []),
      )
    : [];
  for (const file of content) {
    const capture = input.captures.find((c) => `archive/${c.warc.filename}` === file.path);
    const role: FileRole = capture ? 'capture' : file.path.startsWith('pages/') ? 'pages' : 'index';
    out.push(
      capture
        ? {
            ...file,
            role,
            objectId: safeId(capture.id, 'capture'),
            ledgerSeq: await seq('capture', capture.id, file.bytes),
          }
        : { ...file, role },
    );
  }
  for (const m of input.media) {
    const base = {
      path: mediaPath(m.id, m.mimeType),
      bytes: m.bytes,
      role: 'media' as const,
      objectId: m.id,
      mimeType: m.mimeType,
    };
    out.push({
      ...base,
      ledgerSeq: await seq('media', m.id, m.bytes),
      ...(m.metadata ? { metadata: m.metadata } : {}),
    });
  }
  for (const d of input.documents) {
    const bytes = utf8(d.text);
    const base = {
      path: documentPath(d.id),
      bytes,
      role: 'document' as const,
      objectId: d.id,
      mimeType: 'text/plain; charset=utf-8',
    };
    out.push({
      ...base,
      ledgerSeq: await seq('document', d.id, bytes),
      ...(d.metadata ? { metadata: d.metadata } : {}),
    });
  }
  return out;
}

async function checkLedger(input: ProofBundleInput): Promise<void> {
  const check = await verifyLedger(input.ledger);
  if (check.problem)
    throw new DomainError('integrity_failed', `cannot bundle a broken ledger: ${check.problem.message}`);
  const last = input.ledger.at(-1);
  if (last?.seq !== input.checkpoint.seq || last.hash !== input.checkpoint.hash) {
    throw new DomainError(
      'validation_failed',
      `the ledger slice must end at the checkpoint's entry ${input.checkpoint.seq}`,
    );
  }
}

/**
 * Writes a proof bundle: a WACZ holding the captures (replayable), media, documents, incident summary, the
 * ledger slice, the signed checkpoint, its public key and RFC 3161 tokens, and corroborate/manifest.json with
 * the SHA-256 of every file. Refuses input that would not verify (broken chain, evidence not in the ledger).
 */
export async function writeProofBundle(input: ProofBundleInput): Promise<Uint8Array> {
  await checkLedger(input);
  safeId(input.incident.id, 'incident');
  const hash = hasher();
  const files: Entry[] = [
    ...(await evidenceFiles(input, hash)),
    {
      path: INCIDENT,
      bytes: utf8(JSON.stringify(input.incident, null, 2) + '\n'),
      role: 'incident',
      objectId: input.incident.id,
    },
    { path: LEDGER, bytes: ledgerToJsonl(input.ledger), role: 'ledger' },
    { path: CHECKPOINT, bytes: checkpointToJson(input.checkpoint), role: 'checkpoint' },
    { path: PUBLIC_KEY, bytes: utf8(input.publicKeyPem), role: 'public_key' },
    ...input.timestamps.map((t, i) => ({
      path: timestampPath(i + 1, t.tsaUrl),
      bytes: t.token,
      role: 'timestamp' as const,
      tsaUrl: t.tsaUrl,
    })),
  ];
  const manifest: BundleManifest = {
    format: MANIFEST_FORMAT,
    createdAt: input.createdAt.toISOString(),
    incident: { id: input.incident.id, title: input.incident.title },
    checkpointSeq: input.checkpoint.seq,
    files: await Promise.all(
      files.map(async ({ bytes, path, ...rest }) => ({
        path,
        ...rest,
        sha256: await hash(bytes),
        bytes: bytes.byteLength,
      })),
    ),
  };
  const all = [
    ...(await Promise.all(
      files.map(async ({ path, bytes }) => ({ path, bytes, sha256: await hash(bytes) })),
    )),
    { path: MANIFEST, bytes: utf8(JSON.stringify(manifest, null, 2) + '\n') },
  ];
  const firstPage = input.captures[0]?.pages?.[0];
  const meta = {
    created: input.createdAt,
    title: `Proof bundle: ${input.incident.title}`,
    ...(firstPage ? { mainPageUrl: firstPage.url, mainPageDate: firstPage.ts } : {}),
  };
  return (await packWacz(all, meta)).bytes;
}
