import type { WaczPage } from '../warc/capture.types';

/** A datapackage.json resource: one file of the WACZ with its digest. */
export interface WaczResource {
  name: string;
  path: string;
  /** "sha256:<hex>" */
  hash: string;
  bytes: number;
}

/** datapackage.json as WACZ 1.1.1 defines it (Frictionless Data Package profile). */
export interface WaczDatapackage {
  profile: 'data-package';
  wacz_version: string;
  title?: string;
  description?: string;
  created: string;
  software: string;
  mainPageUrl?: string;
  mainPageDate?: string;
  resources: WaczResource[];
}

export interface WaczInput {
  warcs: { filename: string; bytes: Uint8Array }[];
  /** Pages for pages/pages.jsonl; default: every HTML 2xx response in the WARCs. */
  pages?: WaczPage[];
  /** Further files (e.g. corroborate/manifest.json); listed in datapackage.json like the rest. */
  extraFiles?: { path: string; bytes: Uint8Array }[];
  created: Date;
  title?: string;
  description?: string;
  mainPageUrl?: string;
  mainPageDate?: string;
  software?: string;
}

/** A problem found in a WACZ, with the file it concerns. */
export interface WaczIssue {
  path: string;
  message: string;
}

/** Outcome of checking a WACZ's structure and digests. */
export interface WaczCheck {
  ok: boolean;
  issues: WaczIssue[];
  /** Files whose bytes matched the digest in datapackage.json. */
  verifiedFiles: number;
  pages: number;
  indexLines: number;
  warcs: string[];
}

export const WACZ_VERSION = '1.1.1';
export const DATAPACKAGE = 'datapackage.json';
export const DATAPACKAGE_DIGEST = 'datapackage-digest.json';
export const PAGES = 'pages/pages.jsonl';
export const INDEX = 'indexes/index.cdx';
