import exifr from 'exifr';
import type { ExifSummary } from '@corroborate/core';
import { captureTime } from './exif-time';

// reviveValues:false keeps dates as written (exifr would build a Date in the process zone and drop
// OffsetTimeOriginal); ihdr:false because on a PNG without EXIF exifr returns the IHDR fields.
const OPTIONS = {
  reviveValues: false,
  translateValues: false,
  tiff: true,
  exif: true,
  gps: true,
  xmp: true,
  ihdr: false,
  ifd1: false,
  iptc: false,
  icc: false,
  jfif: false,
  interop: false,
  makerNote: false,
  userComment: false,
  mergeOutput: true,
} as const;

type Fields = Record<string, unknown>;

const text = (v: unknown): string | null => {
  if (typeof v !== 'string') return null;
  const t = v.replaceAll('\u0000', '').trim();
  return t === '' ? null : t;
};

const camera = (make: string | null, model: string | null): string | null => {
  if (make && model) return model.toLowerCase().startsWith(make.toLowerCase()) ? model : `${make} ${model}`;
  return model ?? make;
};

const gps = (f: Fields): ExifSummary['gps'] => {
  const { latitude: lat, longitude: lon } = f;
  if (typeof lat !== 'number' || typeof lon !== 'number') return null;
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180)
    return null;
  return { lat, lon };
};

/** The fields of an exifr result worth keeping as evidence; null when none is present. */
export const summariseExif = (f: Fields): ExifSummary | null => {
  const summary: ExifSummary = {
    capturedAt:
      captureTime(f.DateTimeOriginal, f.OffsetTimeOriginal) ??
      captureTime(f.CreateDate, f.OffsetTimeDigitized) ??
      captureTime(f.DateCreated),
    gps: gps(f),
    camera: camera(text(f.Make), text(f.Model)),
    software: text(f.Software) ?? text(f.CreatorTool),
  };
  return Object.values(summary).some((v) => v !== null) ? summary : null;
};

/**
 * Capture time (with its offset), GPS position, camera and software from the EXIF and XMP of an
 * image. Null when the file has none or exifr cannot read it: missing metadata never fails an ingest.
 */
export const readExif = async (bytes: Uint8Array): Promise<ExifSummary | null> => {
  let raw: unknown;
  try {
    raw = await exifr.parse(bytes, OPTIONS);
  } catch {
    return null; // a format exifr does not know, or a damaged segment: no metadata to report
  }
  return raw !== null && typeof raw === 'object' ? summariseExif(raw as Fields) : null;
};
