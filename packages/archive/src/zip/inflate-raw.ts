import { DomainError } from '@corroborate/core';
import { concatBytes, toArrayBuffer } from '../shared/bytes';

/** Inflates raw DEFLATE data, refusing to produce more than `maxSize` bytes (zip bombs). */
export async function inflateRaw(data: Uint8Array, maxSize: number, what: string): Promise<Uint8Array> {
  const reader = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(new Uint8Array(toArrayBuffer(data)));
      controller.close();
    },
  })
    .pipeThrough(new DecompressionStream('deflate-raw'))
    .getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxSize) {
        await reader.cancel();
        throw new DomainError('parse_failed', `${what} inflates to more than its declared ${maxSize} bytes`);
      }
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof DomainError) throw err;
    throw new DomainError('parse_failed', `${what} holds corrupt DEFLATE data`);
  }
  return concatBytes(chunks);
}
