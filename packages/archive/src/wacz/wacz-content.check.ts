import { parseJsonObject, textLines } from '../shared/json';
import { utf8 } from '../shared/bytes';
import type { WaczArchive } from './wacz.reader';
import { PAGES } from './wacz.types';
import type { WaczIssue } from './wacz.types';

const INDEX_FILES = ['indexes/index.cdx', 'indexes/index.cdxj'];
const CDXJ_LINE = /^(\S+) (\d{4,14}) (\{.*\})$/;

/** Checks pages/pages.jsonl: a json-pages-1.0 header, then pages with a URL and a parseable time. */
export function checkPages(wacz: WaczArchive, issues: WaczIssue[]): number {
  const bytes = wacz.file(PAGES);
  if (!bytes) {
    issues.push({ path: PAGES, message: 'is missing' });
    return 0;
  }
  const [header, ...pages] = textLines(bytes);
  if (!header || parseJsonObject(utf8(header.text))?.format !== 'json-pages-1.0') {
    issues.push({ path: PAGES, message: 'line 1 is not a json-pages-1.0 header' });
  }
  for (const { line, text } of pages) {
    const page = parseJsonObject(utf8(text));
    const ok =
      typeof page?.url === 'string' && typeof page.ts === 'string' && !Number.isNaN(Date.parse(page.ts));
    if (!ok) issues.push({ path: PAGES, message: `line ${line} is not a page with a url and a ts` });
  }
  return pages.length;
}

/** Checks that a CDXJ index (plain, or ZipNum .cdx.gz + .idx) is present; plain ones line by line. */
export function checkIndex(wacz: WaczArchive, issues: WaczIssue[]): number {
  const plain = INDEX_FILES.find((p) => wacz.file(p));
  if (!plain) {
    if (!wacz.file('indexes/index.cdx.gz') || !wacz.file('indexes/index.idx')) {
      issues.push({
        path: 'indexes/',
        message: 'has no index.cdx, index.cdxj, or index.cdx.gz with index.idx',
      });
    }
    return 0;
  }
  const lines = textLines(wacz.file(plain) ?? new Uint8Array());
  for (const { line, text } of lines) {
    const json = CDXJ_LINE.exec(text)?.[3];
    if (!json || !parseJsonObject(utf8(json)))
      issues.push({ path: plain, message: `line ${line} is not a CDXJ line` });
  }
  if (lines.length === 0) issues.push({ path: plain, message: 'is empty' });
  return lines.length;
}
