import type { WaczArchive } from '../../wacz/wacz.reader';
import { DATAPACKAGE, DATAPACKAGE_DIGEST } from '../../wacz/wacz.types';
import { MANIFEST } from '../bundle-layout';
import type { BundleCheck, BundleManifest } from '../proof-bundle.types';

const short = (hash: string): string => `${hash.slice(0, 12)}…`;

/** Every file the manifest lists is present with its SHA-256, and every file in the bundle is listed. */
export async function checkFileHashes(
  wacz: WaczArchive,
  manifest: BundleManifest | null,
  manifestProblem: string | null,
): Promise<BundleCheck> {
  if (!manifest)
    return {
      name: 'file_hashes',
      ok: false,
      detail: `File hashes cannot be checked: ${manifestProblem ?? 'no manifest'}.`,
    };
  const problems: string[] = [];
  for (const f of manifest.files) {
    const actual = await wacz.sha256(f.path);
    if (actual === null) {
      problems.push(`${f.path} is listed in the manifest but missing`);
      continue;
    }
    if (actual !== f.sha256)
      problems.push(
        `${f.path} does not match its SHA-256 hash (manifest ${short(f.sha256)}, file ${short(actual)})`,
      );
  }
  const listed = new Set(manifest.files.map((f) => f.path));
  const exempt = new Set([MANIFEST, DATAPACKAGE, DATAPACKAGE_DIGEST]);
  for (const e of wacz.entries) {
    if (!listed.has(e.path) && !exempt.has(e.path))
      problems.push(`${e.path} is in the bundle but not in the manifest`);
  }
  const n = manifest.files.length;
  if (problems.length === 0)
    return { name: 'file_hashes', ok: true, detail: `All ${n} files match their SHA-256 hashes.` };
  return { name: 'file_hashes', ok: false, detail: `${problems.join('; ')}.` };
}
