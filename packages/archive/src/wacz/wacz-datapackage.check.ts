import { parseJsonObject } from '../shared/json';
import type { WaczArchive } from './wacz.reader';
import { isSafePath } from './wacz-paths';
import { DATAPACKAGE, DATAPACKAGE_DIGEST } from './wacz.types';
import type { WaczIssue } from './wacz.types';

const HASH = /^sha256:([0-9a-f]{64})$/;

async function checkResource(
  wacz: WaczArchive,
  r: unknown,
  i: number,
  issues: WaczIssue[],
): Promise<string | null> {
  const res = (typeof r === 'object' && r !== null ? r : {}) as Record<string, unknown>;
  const path = typeof res.path === 'string' ? res.path : null;
  if (!path || !isSafePath(path)) {
    issues.push({ path: DATAPACKAGE, message: `resource ${i + 1} has a missing or unsafe path` });
    return null;
  }
  const bytes = wacz.file(path);
  const expected = typeof res.hash === 'string' ? HASH.exec(res.hash)?.[1] : undefined;
  if (!bytes) issues.push({ path, message: 'is listed in datapackage.json but missing from the archive' });
  else if (!expected)
    issues.push({ path, message: `has no sha256 hash in datapackage.json (got ${String(res.hash)})` });
  else if (res.bytes !== bytes.byteLength)
    issues.push({
      path,
      message: `is ${bytes.byteLength} bytes, datapackage.json says ${String(res.bytes)}`,
    });
  else if ((await wacz.sha256(path)) !== expected)
    issues.push({ path, message: 'does not match its SHA-256 hash in datapackage.json' });
  else return path;
  return null;
}

/** Checks datapackage.json (profile, version, every resource's size and hash) and datapackage-digest.json. */
export async function checkDatapackage(
  wacz: WaczArchive,
  issues: WaczIssue[],
): Promise<{ listed: Set<string>; verified: number }> {
  const listed = new Set<string>();
  const bytes = wacz.file(DATAPACKAGE);
  const pkg = bytes ? parseJsonObject(bytes) : null;
  if (!bytes || !pkg) {
    issues.push({ path: DATAPACKAGE, message: bytes ? 'is not a JSON object' : 'is missing' });
    return { listed, verified: 0 };
  }
  if (pkg.profile !== 'data-package')
    issues.push({ path: DATAPACKAGE, message: 'profile is not "data-package"' });
  if (typeof pkg.wacz_version !== 'string')
    issues.push({ path: DATAPACKAGE, message: 'has no wacz_version' });
  const resources = Array.isArray(pkg.resources) ? (pkg.resources as unknown[]) : [];
  if (!Array.isArray(pkg.resources)) issues.push({ path: DATAPACKAGE, message: 'has no resources list' });
  let verified = 0;
  for (const [i, r] of resources.entries()) {
    const ok = await checkResource(wacz, r, i, issues);
    const path = (r as { path?: unknown } | null)?.path;
    if (typeof path === 'string') listed.add(path);
    if (ok) verified++;
  }
  const digestBytes = wacz.file(DATAPACKAGE_DIGEST);
  const digest = digestBytes ? parseJsonObject(digestBytes) : null;
  const expected = typeof digest?.hash === 'string' ? HASH.exec(digest.hash)?.[1] : undefined;
  if (!digest)
    issues.push({ path: DATAPACKAGE_DIGEST, message: digestBytes ? 'is not a JSON object' : 'is missing' });
  else if (digest.path !== DATAPACKAGE || !expected)
    issues.push({ path: DATAPACKAGE_DIGEST, message: 'does not give a sha256 hash for datapackage.json' });
  else if ((await wacz.sha256(DATAPACKAGE)) !== expected)
    issues.push({ path: DATAPACKAGE_DIGEST, message: 'hash does not match datapackage.json' });
  return { listed, verified };
}
