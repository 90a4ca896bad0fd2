import {
  DomainError,
  MEDIA_FLAGS,
  MEDIA_MATCH_KINDS,
  SENSITIVITIES,
  type HashListEntry,
  type NewHashList,
  type NewMediaItem,
  type NewMediaMatch,
  type Sensitivity,
} from '@corroborate/core';

// Enumerations are checked here rather than by CHECK constraints, as for documents: core may add values.

const invalid = (path: string, message: string): DomainError =>
  new DomainError('validation_failed', `${path}: ${message}`, [{ path: [path], message }]);

const SHA256 = /^[0-9a-f]{64}$/;
const PDQ = /^[0-9a-f]{64}$/;
const MAX_NAME = 200;

const hasNul = (s: string | null): boolean => s?.includes('\u0000') ?? false;

export function checkNewMedia(m: NewMediaItem): void {
  if (!SHA256.test(m.sha256)) throw invalid('sha256', 'must be 64 lowercase hex characters');
  if (m.thumbnailSha256 !== null && !SHA256.test(m.thumbnailSha256))
    throw invalid('thumbnailSha256', 'must be 64 lowercase hex characters');
  if (m.pdq !== null && !PDQ.test(m.pdq)) throw invalid('pdq', 'must be 64 lowercase hex characters');
  if (m.pdqQuality !== null && !(Number.isInteger(m.pdqQuality) && m.pdqQuality >= 0 && m.pdqQuality <= 100))
    throw invalid('pdqQuality', 'must be a whole number from 0 to 100');
  if (m.pdqDihedral !== null && !(m.pdqDihedral.length === 8 && m.pdqDihedral.every((h) => PDQ.test(h))))
    throw invalid('pdqDihedral', 'must be 8 hashes of 64 lowercase hex characters');
  for (const f of m.flags)
    if (!(MEDIA_FLAGS as readonly string[]).includes(f)) throw invalid('flags', `unknown flag "${f}"`);
  checkSensitivity(m.sensitivity);
  for (const [path, v] of [
    ['width', m.width],
    ['height', m.height],
  ] as const) {
    if (v !== null && !(Number.isInteger(v) && v > 0)) throw invalid(path, 'must be a positive whole number');
  }
  if (!Number.isInteger(m.byteSize) || m.byteSize < 0)
    throw invalid('byteSize', 'must be a whole number ≥ 0');
  for (const field of ['mimeType', 'format', 'fileName', 'url'] as const) {
    if (hasNul(m[field])) throw invalid(field, 'contains a NUL character');
  }
  if (!(m.firstSeenAt instanceof Date) || Number.isNaN(m.firstSeenAt.getTime()))
    throw invalid('firstSeenAt', 'must be a valid date');
}

export function checkSensitivity(s: Sensitivity): void {
  if (!(SENSITIVITIES as readonly string[]).includes(s))
    throw invalid('sensitivity', `unknown sensitivity "${s}"; one of ${SENSITIVITIES.join(', ')}`);
}

export function checkNewMatch(m: NewMediaMatch): void {
  if (!(MEDIA_MATCH_KINDS as readonly string[]).includes(m.kind))
    throw invalid('kind', `unknown kind "${m.kind}"`);
  if (!Number.isInteger(m.distance) || m.distance < 0 || m.distance > 256)
    throw invalid('distance', 'must be a whole number from 0 to 256');
  if (m.kind === 'near_duplicate' && m.matchedMediaId === null)
    throw invalid('matchedMediaId', 'a near_duplicate match names the earlier item');
  if (m.kind === 'hash_list' && m.hashListId === null)
    throw invalid('hashListId', 'a hash_list match names the list');
  if (hasNul(m.listLabel) || hasNul(m.variant)) throw invalid('listLabel', 'contains a NUL character');
}

export function checkNewHashList(list: NewHashList, entries: readonly HashListEntry[]): void {
  const name = list.name.trim();
  if (name === '' || name.length > MAX_NAME) throw invalid('name', `must be 1 to ${MAX_NAME} characters`);
  if (hasNul(list.name) || hasNul(list.fileName) || hasNul(list.importedBy))
    throw invalid('name', 'contains a NUL character');
  entries.forEach((e, i) => {
    if (!PDQ.test(e.hash)) throw invalid(`entries.${i}.hash`, 'must be 64 lowercase hex characters');
    if (hasNul(e.label)) throw invalid(`entries.${i}.label`, 'contains a NUL character');
  });
}
