import { DomainError } from '@corroborate/core';
import type { WaczPage } from '../warc/capture.types';
import { utf8 } from '../shared/bytes';
import { sha256Hex } from '../shared/sha256';
import { writeZip } from '../zip/zip-writer';
import { cdxjLines, detectPages, pagesJsonl } from './wacz-index';
import { baseName, isSafePath } from './wacz-paths';
import { DATAPACKAGE, DATAPACKAGE_DIGEST, INDEX, PAGES, WACZ_VERSION } from './wacz.types';
import type { WaczDatapackage, WaczInput, WaczResource } from './wacz.types';

/** A file to go into a WACZ. */
export interface WaczFile {
  path: string;
  bytes: Uint8Array;
  /** The bytes' SHA-256 when already known (saves hashing large files twice). */
  sha256?: string;
}

export type WaczMeta = Omit<WaczInput, 'warcs' | 'pages' | 'extraFiles'>;

const RESERVED = new Set([DATAPACKAGE, DATAPACKAGE_DIGEST, PAGES, INDEX]);

async function resource(f: WaczFile): Promise<WaczResource> {
  const hash = f.sha256 ?? (await sha256Hex(f.bytes));
  return { name: baseName(f.path), path: f.path, hash: `sha256:${hash}`, bytes: f.bytes.byteLength };
}

/** The replayable part of a WACZ: archive/*.warc.gz, indexes/index.cdx (CDXJ) and pages/pages.jsonl. */
export async function waczContent(warcs: WaczInput['warcs'], pages?: WaczPage[]): Promise<WaczFile[]> {
  const files = warcs.map((w) => ({ path: `archive/${w.filename}`, bytes: w.bytes }));
  for (const f of files) {
    if (!isSafePath(f.path) || !/^archive\/[^/]+\.warc(\.gz)?$/.test(f.path)) {
      throw new DomainError(
        'validation_failed',
        `WARC name "${f.path}" must be a plain *.warc or *.warc.gz name`,
      );
    }
  }
  const index = utf8((await cdxjLines(warcs)).map((l) => `${l}\n`).join(''));
  const pageList = utf8(await pagesJsonl(pages ?? (await detectPages(warcs))));
  return [...files, { path: INDEX, bytes: index }, { path: PAGES, bytes: pageList }];
}

/** Zips files as a WACZ 1.1.1 (STORE), adding datapackage.json (every file's SHA-256) and its digest. */
export async function packWacz(
  files: readonly WaczFile[],
  meta: WaczMeta,
): Promise<{ bytes: Uint8Array; datapackage: WaczDatapackage }> {
  for (const f of files) {
    if (!isSafePath(f.path) || f.path === DATAPACKAGE || f.path === DATAPACKAGE_DIGEST) {
      throw new DomainError('validation_failed', `WACZ file "${f.path}" has a reserved or unsafe path`);
    }
  }
  const datapackage: WaczDatapackage = {
    profile: 'data-package',
    wacz_version: WACZ_VERSION,
    ...(meta.title ? { title: meta.title } : {}),
    ...(meta.description ? { description: meta.description } : {}),
    created: meta.created.toISOString(),
    software: meta.software ?? 'Corroborate',
    ...(meta.mainPageUrl ? { mainPageUrl: meta.mainPageUrl } : {}),
    ...(meta.mainPageDate ? { mainPageDate: meta.mainPageDate } : {}),
    resources: await Promise.all(files.map(resource)),
  };
  const datapackageBytes = utf8(JSON.stringify(datapackage, null, 2));
  const digest = { path: DATAPACKAGE, hash: `sha256:${await sha256Hex(datapackageBytes)}` };
  const bytes = await writeZip(
    [
      ...files.map(({ path, bytes }) => ({ path, bytes })),
      { path: DATAPACKAGE, bytes: datapackageBytes },
      { path: DATAPACKAGE_DIGEST, bytes: utf8(JSON.stringify(digest, null, 2)) },
    ],
    meta.created,
  );
  return { bytes, datapackage };
}

/** Builds a WACZ 1.1.1 (ZIP, STORE): WARCs, CDXJ index, pages.jsonl, extra files, datapackage + digest. */
export async function writeWacz(
  input: WaczInput,
): Promise<{ bytes: Uint8Array; datapackage: WaczDatapackage }> {
  if (input.warcs.length === 0) throw new DomainError('empty_input', 'WACZ needs at least one WARC');
  const extras = input.extraFiles ?? [];
  for (const extra of extras) {
    if (RESERVED.has(extra.path) || extra.path.startsWith('archive/')) {
      throw new DomainError('validation_failed', `extra WACZ file "${extra.path}" has a reserved path`);
    }
  }
  const { warcs, pages, extraFiles: _extras, ...meta } = input;
  return packWacz([...(await waczContent(warcs, pages)), ...extras], meta);
}
