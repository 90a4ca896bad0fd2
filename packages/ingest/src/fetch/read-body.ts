import type { IncomingMessage } from 'node:http';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Transform } from 'node:stream';
import { DomainError } from '@corroborate/core';
import { formatBytes } from '../documents/limits';

const DECODERS: Record<string, () => Transform> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

/**
 * Reads a response body, decompressing it, and aborts as soon as the decoded size passes
 * maxBytes, so neither a huge body nor a compression bomb is ever held in memory.
 */
export const readBody = async (res: IncomingMessage, maxBytes: number, url: string): Promise<Uint8Array> => {
  const tooLarge = (): DomainError =>
    new DomainError('input_too_large', `${url}: response larger than the ${formatBytes(maxBytes)} limit`);
  const encoding = (res.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const declared = Number(res.headers['content-length']);
  if (encoding === 'identity' && Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    throw tooLarge();
  }
  const makeDecoder = DECODERS[encoding];
  if (!makeDecoder && encoding !== 'identity') {
    res.destroy();
    throw new DomainError('fetch_failed', `${url}: unsupported content encoding "${encoding}"`);
  }
  const decoder = makeDecoder?.();
  const stream = decoder ? res.pipe(decoder) : res;
  res.on('error', (err) => decoder?.destroy(err));
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) throw tooLarge();
      chunks.push(chunk);
    }
  } catch (err) {
    res.destroy();
    decoder?.destroy();
    throw err;
  }
  return new Uint8Array(Buffer.concat(chunks, size));
};
