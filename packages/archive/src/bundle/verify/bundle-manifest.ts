import { isSha256Hex } from '../../shared/sha256';
import { parseJsonObject } from '../../shared/json';
import { MANIFEST_FORMAT } from '../bundle-layout';
import { FILE_ROLES } from '../proof-bundle.types';
import type { BundleManifest, FileRole, ManifestFile } from '../proof-bundle.types';

const isFile = (f: unknown): f is ManifestFile => {
  const v = (typeof f === 'object' && f !== null ? f : {}) as Record<string, unknown>;
  return (
    typeof v.path === 'string' &&
    FILE_ROLES.includes(v.role as FileRole) &&
    isSha256Hex(v.sha256) &&
    Number.isSafeInteger(v.bytes)
  );
};

/** Reads corroborate/manifest.json; a reason in words when it is missing or malformed. */
export function readManifest(bytes: Uint8Array | null): {
  manifest: BundleManifest | null;
  problem: string | null;
} {
  if (!bytes) return { manifest: null, problem: 'corroborate/manifest.json is missing' };
  const v = parseJsonObject(bytes);
  if (v?.format !== MANIFEST_FORMAT)
    return { manifest: null, problem: `corroborate/manifest.json is not a ${MANIFEST_FORMAT} manifest` };
  const files = Array.isArray(v.files) ? (v.files as unknown[]) : [];
  const bad = files.findIndex((f) => !isFile(f));
  if (!Array.isArray(v.files) || bad >= 0) {
    return { manifest: null, problem: `corroborate/manifest.json file entry ${bad + 1} is malformed` };
  }
  return { manifest: v as unknown as BundleManifest, problem: null };
}
