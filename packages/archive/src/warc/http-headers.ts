import { DomainError } from '@corroborate/core';
import type { HttpHeaderList } from './capture.types';

const TRANSFER_HEADERS = new Set(['content-encoding', 'transfer-encoding', 'content-length']);

/** Header pairs, checked for CR/LF (which would forge WARC lines); transfer headers renamed when asked. */
export function headerPairs(
  headers: HttpHeaderList,
  url: string,
  renameTransfer: boolean,
): [string, string][] {
  const pairs = Array.isArray(headers) ? headers : Object.entries(headers);
  return pairs.map(([name, value]) => {
    if (/[\r\n:]/.test(name) || /[\r\n]/.test(value) || !name.trim()) {
      throw new DomainError(
        'validation_failed',
        `capture of ${url}: header "${name}" has a line break or bad name`,
      );
    }
    const rename = renameTransfer && TRANSFER_HEADERS.has(name.toLowerCase());
    return [rename ? `X-Archive-Orig-${name}` : name, value];
  });
}

/** The request line target and Host of a URL; throws when it is not http(s). */
export function requestTarget(url: string): { path: string; host: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DomainError('validation_failed', `capture URL "${url}" is not a valid URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new DomainError('validation_failed', `capture URL "${url}" is not http or https`);
  }
  return { path: `${parsed.pathname}${parsed.search}`, host: parsed.host };
}
