import { CDXIndexer } from 'warcio';
import type { WaczPage } from '../warc/capture.types';
import { readWarc } from '../warc/warc.reader';
import { fromUtf8, toHex } from '../shared/bytes';
import { sha256Bytes } from '../shared/sha256';

/** The bytes as a one-chunk async stream, which is what warcio's indexer reads. */
const once = (bytes: Uint8Array): AsyncIterable<Uint8Array> => ({
  [Symbol.asyncIterator]: () => {
    let sent = false;
    return {
      next: () =>
        Promise.resolve(
          sent ? { done: true, value: undefined } : ((sent = true), { done: false, value: bytes }),
        ),
    };
  },
});

/** CDXJ lines for the WARCs (as warcio indexes them), sorted by SURT key then time, as replay tools expect. */
export async function cdxjLines(
  warcs: readonly { filename: string; bytes: Uint8Array }[],
): Promise<string[]> {
  const lines: string[] = [];
  for (const warc of warcs) {
    const indexer = new CDXIndexer({ format: 'cdxj' });
    for await (const cdx of indexer.iterIndex([{ filename: warc.filename, reader: once(warc.bytes) }])) {
      lines.push(indexer.serializeCDXJ(cdx).trimEnd());
    }
  }
  return lines.sort();
}

/** Pages found in the WARCs: HTML responses with a 2xx status. */
export async function detectPages(
  warcs: readonly { filename: string; bytes: Uint8Array }[],
): Promise<WaczPage[]> {
  const pages: WaczPage[] = [];
  for (const warc of warcs) {
    for (const r of await readWarc(warc.bytes, warc.filename)) {
      const ok = r.type === 'response' && r.httpStatus !== null && r.httpStatus >= 200 && r.httpStatus < 300;
      if (!ok || !r.targetUri || !r.date || !r.httpContentType?.startsWith('text/html')) continue;
      const title = /<title[^>]*>([^<]{1,300})<\/title>/i
        .exec(fromUtf8(r.payload.subarray(0, 65536)))?.[1]
        ?.trim();
      pages.push({ url: r.targetUri, ts: r.date, ...(title ? { title } : {}) });
    }
  }
  return pages;
}

/** pages.jsonl: the json-pages-1.0 header line, then one page per line with a stable id. */
export async function pagesJsonl(pages: readonly WaczPage[]): Promise<string> {
  const header = JSON.stringify({ format: 'json-pages-1.0', id: 'pages', title: 'All Pages' });
  const lines = await Promise.all(
    pages.map(async (p) => {
      const id = toHex(await sha256Bytes(`${p.ts} ${p.url}`)).slice(0, 32);
      return JSON.stringify({ id, url: p.url, ts: p.ts, ...(p.title ? { title: p.title } : {}) });
    }),
  );
  return [header, ...lines].join('\n') + '\n';
}
