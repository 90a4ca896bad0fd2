export const SENSITIVITIES = ['none', 'graphic_violence', 'dead_bodies', 'personal_information'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

/**
 * Caveats found while ingesting a media item. `pdq_unreliable`: PDQ quality under 50, so the
 * hash is kept but never matched; `first_frame_only`: an animated or multi-page file of which
 * only the first frame was hashed; `converted_from_heic`: decoded through an external converter.
 */
export const MEDIA_FLAGS = ['pdq_unreliable', 'first_frame_only', 'converted_from_heic'] as const;
export type MediaFlag = (typeof MEDIA_FLAGS)[number];

/** PDQ quality below which a hash is too weak to match on (the reference's advice). */
export const MIN_PDQ_QUALITY = 50;

export interface ExifSummary {
  /** Capture time as written in the file, with its offset when the file has one ("2014-06-12T14:30:05+03:00"). */
  capturedAt: string | null;
  gps: { lat: number; lon: number } | null;
  camera: string | null;
  software: string | null;
}

/** A photo or video frame kept as evidence; bytes live in the blob store under their SHA-256. */
export interface MediaItem {
  id: string;
  sha256: string;
  mimeType: string;
  format: string;
  width: number | null;
  height: number | null;
  byteSize: number;
  /** PDQ hash, 64 lowercase hex chars, and its quality 0–100. */
  pdq: string | null;
  pdqQuality: number | null;
  /** The 8 dihedral PDQ hashes in the reference order (orig, rot90, rot180, rot270, flipx, flipy, flipplus1, flipminus1). */
  pdqDihedral: string[] | null;
  flags: MediaFlag[];
  exif: ExifSummary | null;
  /** SHA-256 of the thumbnail (a small WebP without metadata) in the blob store. */
  thumbnailSha256: string | null;
  sensitivity: Sensitivity;
  fileName: string | null;
  url: string | null;
  documentId: string | null;
  firstSeenAt: Date;
  createdAt: Date;
}

export type NewMediaItem = Omit<MediaItem, 'id' | 'createdAt'>;

export const MEDIA_MATCH_KINDS = ['near_duplicate', 'hash_list'] as const;
export type MediaMatchKind = (typeof MEDIA_MATCH_KINDS)[number];

/**
 * A PDQ match recorded when a media item was ingested: with an earlier item (`near_duplicate`)
 * or with an entry of an imported hash list (`hash_list`).
 */
export interface MediaMatch {
  id: string;
  /** The item that was being ingested. */
  mediaId: string;
  kind: MediaMatchKind;
  /** near_duplicate: the earlier item, and when it was first seen. */
  matchedMediaId: string | null;
  matchedFirstSeenAt: Date | null;
  /** hash_list: the list, and the entry's hash and label as imported. */
  hashListId: string | null;
  listHash: string | null;
  listLabel: string | null;
  /** Hamming distance (0–256) of the closest dihedral variant. */
  distance: number;
  /** Which dihedral variant of the new item matched ("orig", "flipx", …). */
  variant: string;
  createdAt: Date;
}

export type NewMediaMatch = Omit<MediaMatch, 'id' | 'createdAt'>;

/** A named list of PDQ hashes shared by another organisation, imported to match against. */
export interface HashList {
  id: string;
  name: string;
  fileName: string | null;
  entryCount: number;
  importedBy: string | null;
  importedAt: Date;
}

export type NewHashList = Pick<HashList, 'name' | 'fileName' | 'importedBy'>;

/** One hash of a list: lowercase hex, its label (may be empty) and its 1-based line in the file. */
export interface HashListEntry {
  hash: string;
  label: string | null;
  line: number;
}
