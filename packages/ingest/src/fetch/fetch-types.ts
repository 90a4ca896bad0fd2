import type { HostResolver } from './host-resolver';

/** How fetchUrl may fetch: the address policy, limits and ports. */
export interface FetchOptions {
  /** Allow loopback, private and other non-public addresses (local testing, intranets). */
  allowPrivate: boolean;
  /** Exact addresses allowed even when allowPrivate is false (say, a local mirror); the rest stays checked. */
  trustedAddresses?: readonly string[];
  /** Total time for every hop and the body; default 10 s. */
  timeoutMs?: number;
  /** Largest decoded body; default 20 MB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  signal?: AbortSignal;
  /** DNS port; the system resolver by default. */
  resolveHost?: HostResolver;
}

/** A complete 2xx response, after redirects. */
export interface FetchResult {
  /** The URL asked for. */
  url: string;
  /** The URL that answered, after redirects. */
  finalUrl: string;
  status: number;
  contentType: string | null;
  bytes: Uint8Array;
}

/** Fetches one http(s) URL; the ingest use case takes it as a dependency. */
export type UrlFetcher = (url: string, opts: FetchOptions) => Promise<FetchResult>;
