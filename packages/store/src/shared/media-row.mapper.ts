import type {
  ExifSummary,
  HashList,
  HashListEntry,
  MediaFlag,
  MediaHashRow,
  MediaItem,
  MediaMatch,
  MediaMatchKind,
  NewMediaItem,
  Sensitivity,
} from '@corroborate/core';
import {
  date,
  dateOrNull,
  iso,
  isoOrNull,
  json,
  jsonOrNull,
  num,
  str,
  strOrNull,
  type Row,
} from './row-reader';

/** Columns read back for a MediaItem, in both engines (also the insert order, before `pdq_matchable`). */
export const MEDIA_COLUMNS =
  'id, sha256, mime_type, format, width, height, byte_size, pdq, pdq_quality, pdq_dihedral, flags, exif, ' +
  'thumbnail_sha256, sensitivity, file_name, url, document_id, first_seen_at, created_at';

export const MATCH_COLUMNS =
  'id, media_id, kind, matched_media_id, matched_first_seen_at, hash_list_id, list_hash, list_label, distance, ' +
  'variant, created_at';

export const HASH_LIST_COLUMNS = 'id, name, file_name, entry_count, imported_by, imported_at';

const numOrNull = (row: Row, column: string): number | null =>
  row[column] == null ? null : num(row, column);

export const toMedia = (row: Row): MediaItem => ({
  id: str(row, 'id'),
  sha256: str(row, 'sha256'),
  mimeType: str(row, 'mime_type'),
  format: str(row, 'format'),
  width: numOrNull(row, 'width'),
  height: numOrNull(row, 'height'),
  byteSize: num(row, 'byte_size'),
  pdq: strOrNull(row, 'pdq'),
  pdqQuality: numOrNull(row, 'pdq_quality'),
  pdqDihedral: jsonOrNull(row, 'pdq_dihedral') as string[] | null,
  flags: json(row, 'flags') as MediaFlag[],
  exif: jsonOrNull(row, 'exif') as ExifSummary | null,
  thumbnailSha256: strOrNull(row, 'thumbnail_sha256'),
  sensitivity: str(row, 'sensitivity') as Sensitivity,
  fileName: strOrNull(row, 'file_name'),
  url: strOrNull(row, 'url'),
  documentId: strOrNull(row, 'document_id'),
  firstSeenAt: date(row, 'first_seen_at'),
  createdAt: date(row, 'created_at'),
});

/** The MediaItem a NewMediaItem becomes when stored: its fields copied, nothing else. */
export const newMediaRecord = (item: NewMediaItem, id: string, createdAt: Date): MediaItem => ({
  id,
  sha256: item.sha256,
  mimeType: item.mimeType,
  format: item.format,
  width: item.width,
  height: item.height,
  byteSize: item.byteSize,
  pdq: item.pdq,
  pdqQuality: item.pdqQuality,
  pdqDihedral: item.pdqDihedral ? [...item.pdqDihedral] : null,
  flags: [...item.flags],
  exif: item.exif ? { ...item.exif, gps: item.exif.gps ? { ...item.exif.gps } : null } : null,
  thumbnailSha256: item.thumbnailSha256,
  sensitivity: item.sensitivity,
  fileName: item.fileName,
  url: item.url,
  documentId: item.documentId,
  firstSeenAt: new Date(item.firstSeenAt.getTime()),
  createdAt,
});

/** Values for MEDIA_COLUMNS, in order (JSON as text, instants as ISO text). */
export const mediaValues = (m: MediaItem): unknown[] => [
  m.id,
  m.sha256,
  m.mimeType,
  m.format,
  m.width,
  m.height,
  m.byteSize,
  m.pdq,
  m.pdqQuality,
  m.pdqDihedral ? JSON.stringify(m.pdqDihedral) : null,
  JSON.stringify(m.flags),
  m.exif ? JSON.stringify(m.exif) : null,
  m.thumbnailSha256,
  m.sensitivity,
  m.fileName,
  m.url,
  m.documentId,
  iso(m.firstSeenAt),
  iso(m.createdAt),
];

/** Only hashes that are present and not flagged unreliable are matched on. */
export const isMatchable = (m: MediaItem): boolean => m.pdq !== null && !m.flags.includes('pdq_unreliable');

export const toMediaHashRow = (row: Row): MediaHashRow => ({
  position: num(row, 'seq'),
  id: str(row, 'id'),
  pdq: str(row, 'pdq'),
  firstSeenAt: date(row, 'first_seen_at'),
});

export const toMatch = (row: Row): MediaMatch => ({
  id: str(row, 'id'),
  mediaId: str(row, 'media_id'),
  kind: str(row, 'kind') as MediaMatchKind,
  matchedMediaId: strOrNull(row, 'matched_media_id'),
  matchedFirstSeenAt: dateOrNull(row, 'matched_first_seen_at'),
  hashListId: strOrNull(row, 'hash_list_id'),
  listHash: strOrNull(row, 'list_hash'),
  listLabel: strOrNull(row, 'list_label'),
  distance: num(row, 'distance'),
  variant: str(row, 'variant'),
  createdAt: date(row, 'created_at'),
});

/** Values for MATCH_COLUMNS, in order. */
export const matchValues = (m: MediaMatch): unknown[] => [
  m.id,
  m.mediaId,
  m.kind,
  m.matchedMediaId,
  isoOrNull(m.matchedFirstSeenAt),
  m.hashListId,
  m.listHash,
  m.listLabel,
  m.distance,
  m.variant,
  iso(m.createdAt),
];

export const toHashList = (row: Row): HashList => ({
  id: str(row, 'id'),
  name: str(row, 'name'),
  fileName: strOrNull(row, 'file_name'),
  entryCount: num(row, 'entry_count'),
  importedBy: strOrNull(row, 'imported_by'),
  importedAt: date(row, 'imported_at'),
});

export const toHashListEntry = (row: Row): HashListEntry & { listId: string } => ({
  listId: str(row, 'list_id'),
  hash: str(row, 'hash'),
  label: strOrNull(row, 'label'),
  line: num(row, 'line'),
});
