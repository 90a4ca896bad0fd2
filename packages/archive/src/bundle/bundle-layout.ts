import { DomainError } from '@corroborate/core';

export const MANIFEST = 'corroborate/manifest.json';
export const INCIDENT = 'corroborate/incident.json';
export const LEDGER = 'corroborate/ledger.jsonl';
export const CHECKPOINT = 'corroborate/checkpoint.json';
export const PUBLIC_KEY = 'corroborate/public-key.pem';
export const MANIFEST_FORMAT = 'corroborate-proof-bundle/1';

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/gif': 'gif',
  'image/tiff': 'tif',
  'image/avif': 'avif',
  'image/heic': 'heic',
  'video/mp4': 'mp4',
  'video/webm': 'webm',
};

/** Ids become file names, so they are held to a safe alphabet. */
export function safeId(id: string, what: string): string {
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(id)) {
    throw new DomainError('validation_failed', `${what} id "${id}" must be 1–100 letters, digits, _ or -`);
  }
  return id;
}

export const mediaPath = (id: string, mimeType: string): string =>
  `corroborate/media/${safeId(id, 'media')}.${EXTENSIONS[mimeType.toLowerCase()] ?? 'bin'}`;

export const documentPath = (id: string): string => `corroborate/documents/${safeId(id, 'document')}.txt`;

/** Timestamp files are numbered in the order given, named after the TSA's host for people. */
export function timestampPath(n: number, tsaUrl: string): string {
  let host = 'tsa';
  try {
    host = new URL(tsaUrl).hostname.replace(/[^A-Za-z0-9.-]/g, '') || 'tsa';
  } catch {
    // keep "tsa": the URL is also recorded in the manifest
  }
  return `corroborate/timestamps/${n}-${host}.tsr`;
}
