export const SENSITIVITIES = ['none', 'graphic_violence', 'dead_bodies', 'personal_information'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

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
  exif: ExifSummary | null;
  sensitivity: Sensitivity;
  fileName: string | null;
  url: string | null;
  documentId: string | null;
  firstSeenAt: Date;
  createdAt: Date;
}

export type NewMediaItem = Omit<MediaItem, 'id' | 'createdAt'>;
