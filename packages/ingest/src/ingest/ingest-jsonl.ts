import { DomainError } from '@corroborate/core';
import { splitLines } from '../documents/byte-lines';
import { looksBinary } from '../documents/decode-text';
import { parseJsonlRecord } from '../documents/jsonl-record.parser';
import { formatBytes, MAX_DOCUMENT_BYTES } from '../documents/limits';
import { keepDocument, type IngestContext } from './ingest-context';

/**
 * Ingests a JSON Lines stream record by record: a broken line is a failure with its line number
 * and the good lines are stored. Only one line is in memory at a time.
 */
export const ingestJsonl = async (
  ctx: IngestContext,
  chunks: AsyncIterable<Uint8Array>,
  input: string,
  from: { fileName: string | null; url: string | null },
): Promise<void> => {
  let records = 0;
  let problems = 0;
  for await (const line of splitLines(refuseBinary(chunks, input), MAX_DOCUMENT_BYTES)) {
    if (ctx.opts.signal?.aborted) return;
    try {
      if ('tooLong' in line) {
        const size = `${formatBytes(line.tooLong)}, over the ${formatBytes(MAX_DOCUMENT_BYTES)} limit for one record`;
        throw new DomainError('input_too_large', `${input} line ${line.lineNo}: ${size}`);
      }
      const parsed = parseJsonlRecord(line.bytes, { name: input, line: line.lineNo });
      if (!parsed) continue;
      records += 1;
      await keepDocument(
        ctx,
        input,
        parsed,
        { ...from, extraNotes: [`line ${line.lineNo} of ${from.fileName ?? input}`] },
        line.lineNo,
      );
    } catch (err) {
      problems += 1;
      ctx.out.failed(err, input, line.lineNo);
    }
  }
  if (records === 0 && problems === 0)
    throw new DomainError('empty_input', `${input}: empty, no records to ingest`);
};

/** Passes chunks through, refusing the stream when its first chunk looks binary. */
async function* refuseBinary(chunks: AsyncIterable<Uint8Array>, input: string): AsyncGenerator<Uint8Array> {
  let first = true;
  for await (const chunk of chunks) {
    if (first && looksBinary(chunk))
      throw new DomainError('unsupported_format', `${input}: binary file, not JSON Lines`);
    first = false;
    yield chunk;
  }
}
