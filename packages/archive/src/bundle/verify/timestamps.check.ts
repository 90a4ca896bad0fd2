import { verifyTimestamp } from '../../tsa/verify-timestamp';
import type { WaczArchive } from '../../wacz/wacz.reader';
import { CHECKPOINT } from '../bundle-layout';
import type { BundleCheck, BundleManifest } from '../proof-bundle.types';

/** Each bundled RFC 3161 token is valid over the exact checkpoint.json bytes. */
export async function checkTimestamps(
  wacz: WaczArchive,
  manifest: BundleManifest | null,
  opts: { trustedTsaCertsPem?: string; requireTimestamp?: boolean },
): Promise<BundleCheck[]> {
  const paths = wacz.entries.map((e) => e.path).filter((p) => p.startsWith('corroborate/timestamps/'));
  const checkpoint = wacz.file(CHECKPOINT);
  if (paths.length === 0) {
    const required = opts.requireTimestamp !== false;
    const detail =
      'No trusted timestamp is included, so the checkpoint time rests on the publisher’s word alone.';
    return [{ name: 'timestamps', ok: !required, detail }];
  }
  const checks: BundleCheck[] = [];
  for (const path of paths) {
    const url = manifest?.files.find((f) => f.path === path)?.tsaUrl;
    const result = checkpoint
      ? await verifyTimestamp(
          wacz.file(path) ?? new Uint8Array(),
          checkpoint,
          opts.trustedTsaCertsPem ? { trustedCertsPem: opts.trustedTsaCertsPem } : {},
        )
      : {
          ok: false,
          problem: 'there is no checkpoint.json for it to cover',
          info: null,
          signer: null,
          chainVerified: false,
        };
    const who = result.signer ?? result.info?.tsaName ?? url ?? path;
    const where = url ? ` (${url})` : '';
    const detail = result.ok
      ? `Timestamp from TSA ${who}${where} at ${result.info?.genTime.toISOString() ?? '?'}: valid${result.chainVerified ? ', its certificate chains to a CA you trust' : ''}.`
      : `Timestamp ${path} from ${who}${where}: invalid, ${result.problem ?? 'unknown problem'}.`;
    checks.push({ name: `timestamp:${path}`, ok: result.ok, detail });
  }
  return checks;
}
