import { checkIndex, checkPages } from './wacz-content.check';
import { checkDatapackage } from './wacz-datapackage.check';
import { isSafePath } from './wacz-paths';
import type { WaczArchive } from './wacz.reader';
import { DATAPACKAGE, DATAPACKAGE_DIGEST, PAGES } from './wacz.types';
import type { WaczCheck, WaczIssue } from './wacz.types';

/**
 * Checks a WACZ as the WACZ 1.1.1 spec asks (and py-wacz `validate` does): every datapackage.json resource
 * present with its size and SHA-256, datapackage-digest.json, pages.jsonl, an index, at least one WARC;
 * also that no file is left out of datapackage.json, no path is unsafe and no entry fails its CRC.
 * With `requireWarc: false` an archive holding no WARC may also lack pages and index.
 */
export async function checkWacz(wacz: WaczArchive, opts: { requireWarc?: boolean } = {}): Promise<WaczCheck> {
  const issues: WaczIssue[] = [];
  const { listed, verified } = await checkDatapackage(wacz, issues);
  const warcs = wacz.entries.map((e) => e.path).filter((p) => /^archive\/[^/]+\.warc(\.gz)?$/.test(p));
  // A proof bundle without web captures has no WARC; then pages and index are optional too.
  const replayable = warcs.length > 0 || opts.requireWarc !== false;
  const pages = replayable || wacz.file(PAGES) ? checkPages(wacz, issues) : 0;
  const indexLines = replayable ? checkIndex(wacz, issues) : 0;
  if (warcs.length === 0 && replayable)
    issues.push({ path: 'archive/', message: 'holds no .warc or .warc.gz file' });
  for (const entry of wacz.entries) {
    if (!isSafePath(entry.path)) issues.push({ path: entry.path, message: 'has an unsafe path' });
    if (!entry.crcOk) issues.push({ path: entry.path, message: 'is damaged (its CRC-32 does not match)' });
    if (entry.method === 'deflate' && /\.(warc|cdx)\.gz$/.test(entry.path)) {
      issues.push({
        path: entry.path,
        message: 'is deflated; WACZ stores it uncompressed so replay can seek into it',
      });
    }
    const meta = entry.path === DATAPACKAGE || entry.path === DATAPACKAGE_DIGEST;
    if (!meta && !entry.path.endsWith('/') && !listed.has(entry.path)) {
      issues.push({
        path: entry.path,
        message: 'is not listed in datapackage.json, so nothing vouches for it',
      });
    }
  }
  return { ok: issues.length === 0, issues, verifiedFiles: verified, pages, indexLines, warcs };
}
