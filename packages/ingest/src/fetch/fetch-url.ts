import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { DomainError, isDomainError } from '@corroborate/core';
import { MAX_DOCUMENT_BYTES } from '../documents/limits';
import { nonPublicReason } from './address-policy';
import type { FetchOptions, FetchResult } from './fetch-types';
import { systemResolver, type ResolvedAddress } from './host-resolver';
import { sameAddress } from './ip-address';
import { pinnedGet } from './pinned-request';
import { readBody } from './read-body';

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches an http(s) URL without letting it reach private networks: every hop's host is resolved,
 * each address checked (loopback, private, link-local, CGNAT, multicast, IPv4-mapped … are
 * refused unless allowPrivate), the connection pinned to the checked address, and redirects
 * followed by hand. Errors: fetch_refused, fetch_failed (non-2xx, timeout, network),
 * input_too_large (body over the cap).
 */
export const fetchUrl = async (url: string, opts: FetchOptions): Promise<FetchResult> => {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = opts.signal ? AbortSignal.any([timeout, opts.signal]) : timeout;
  let current = parseHttpUrl(url, url);
  try {
    for (let hop = 0; ; hop += 1) {
      const pinned = await checkedAddress(current, opts);
      const res = await pinnedGet(current, pinned, signal);
      assertConnectedTo(res, pinned, current);
      const location = res.headers.location;
      if (REDIRECTS.has(res.statusCode ?? 0) && location) {
        res.resume();
        if (hop >= (opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS)) {
          throw new DomainError('fetch_failed', `${display(url)}: more than ${hop} redirects`);
        }
        current = parseHttpUrl(location, display(current), current);
        continue;
      }
      const status = res.statusCode ?? 0;
      if (status < 200 || status > 299) {
        res.resume();
        throw new DomainError('fetch_failed', `${display(current)}: HTTP ${status}`);
      }
      const bytes = await readBody(res, opts.maxBytes ?? MAX_DOCUMENT_BYTES, display(current));
      const contentType = res.headers['content-type'] ?? null;
      return { url, finalUrl: current.href, status, contentType, bytes };
    }
  } catch (err) {
    throw asFetchError(err, display(current), { timeout, timeoutMs, caller: opts.signal });
  }
};

const parseHttpUrl = (raw: string, shown: string, base?: URL): URL => {
  let parsed: URL;
  try {
    parsed = new URL(raw, base);
  } catch {
    throw new DomainError('fetch_refused', `${shown}: not a valid URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new DomainError('fetch_refused', `${display(parsed)}: only http and https URLs are fetched`);
  }
  return parsed;
};

/** Resolves the host (an IP literal resolves to itself) and refuses any non-public answer. */
const checkedAddress = async (url: URL, opts: FetchOptions): Promise<ResolvedAddress> => {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const literal = isIP(host);
  const addresses = literal
    ? [{ address: host, family: literal === 6 ? 6 : 4 } as const]
    : await (opts.resolveHost ?? systemResolver)(host).catch((err: unknown) => {
        throw new DomainError(
          'fetch_failed',
          `${display(url)}: cannot resolve host ${host} (${errorCode(err)})`,
        );
      });
  const first = addresses[0];
  if (!first) throw new DomainError('fetch_failed', `${display(url)}: host ${host} has no address`);
  if (opts.allowPrivate) return first;
  for (const { address } of addresses) {
    const reason = opts.trustedAddresses?.includes(address) ? null : nonPublicReason(address);
    if (reason) {
      const via = literal ? '' : ` (${host})`;
      throw new DomainError('fetch_refused', `${display(url)}: ${address}${via} is ${reason} address`);
    }
  }
  return first;
};

/** Belt and braces: the socket must really be connected to the address that was checked. */
const assertConnectedTo = (res: IncomingMessage, pinned: ResolvedAddress, url: URL): void => {
  const remote = res.socket?.remoteAddress;
  if (remote !== undefined && !sameAddress(remote, pinned.address)) {
    res.destroy();
    throw new DomainError('fetch_refused', `${display(url)}: connected to ${remote}, not ${pinned.address}`);
  }
};

/** The URL without user:password, for messages. */
const display = (url: URL | string): string => {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    return u.href;
  } catch {
    return String(url);
  }
};

const NETWORK_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ENOTFOUND: 'not found',
  EAI_AGAIN: 'DNS lookup failed',
  Z_DATA_ERROR: 'corrupt compressed body',
};

const errorCode = (err: unknown): string => {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return NETWORK_ERRORS[code] ?? code;
  return err instanceof Error ? err.message : String(err);
};

interface AbortSources {
  timeout: AbortSignal;
  timeoutMs: number;
  caller: AbortSignal | undefined;
}

const asFetchError = (
  err: unknown,
  url: string,
  { timeout, timeoutMs, caller }: AbortSources,
): DomainError => {
  if (timeout.aborted)
    return new DomainError('fetch_failed', `${url}: no complete response within ${timeoutMs / 1000} s`);
  if (caller?.aborted) return new DomainError('fetch_failed', `${url}: cancelled`);
  if (isDomainError(err)) return err;
  return new DomainError('fetch_failed', `${url}: ${errorCode(err)}`);
};
