/** HTTP headers in the order received; a list keeps repeated names (Set-Cookie). */
export type HttpHeaderList = Record<string, string> | [string, string][];

/** One page fetched over HTTP, with the exchange as it happened. */
export interface CapturePage {
  url: string;
  fetchedAt: Date;
  request: { method?: string; headers: HttpHeaderList };
  response: {
    status: number;
    statusText?: string;
    headers: HttpHeaderList;
    /** Body bytes exactly as received. */
    body: Uint8Array;
    /**
     * True when `body` was already decompressed/de-chunked (as fetch() does): the transfer headers are
     * then kept as `X-Archive-Orig-*` so replay tools do not try to decode the body again.
     */
    bodyDecoded?: boolean;
  };
  /** The page's title, for pages.jsonl. */
  title?: string;
}

/** A file fetched alongside the pages (an image), stored as a WARC resource record. */
export interface CaptureResource {
  url: string;
  fetchedAt: Date;
  contentType: string;
  body: Uint8Array;
}

export interface CaptureWarcInput {
  pages: CapturePage[];
  resources?: CaptureResource[];
  /** Written as one WARC metadata record (application/warc-fields) about the first page. */
  metadata?: Record<string, string | string[]>;
  /** File name recorded in warcinfo; default `capture-<first fetch time>.warc.gz`. */
  filename?: string;
  /** Who ran the capture, for warcinfo. */
  operator?: string;
  software?: string;
}

/** A page entry as WACZ pages.jsonl lists it. */
export interface WaczPage {
  url: string;
  /** ISO 8601 capture time. */
  ts: string;
  title?: string;
}

/** A written capture: gzip-per-record WARC bytes and what they hold. */
export interface CaptureWarc {
  filename: string;
  bytes: Uint8Array;
  /** SHA-256 of `bytes`, lowercase hex: the capture's identity in the ledger. */
  sha256: string;
  records: { type: string; uri: string | null; recordId: string }[];
  pages: WaczPage[];
}
