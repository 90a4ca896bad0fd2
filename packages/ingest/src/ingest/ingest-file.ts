import { createReadStream } from 'node:fs';
import { formatOf } from '../documents/document-format';
import { MAX_DOCUMENT_BYTES } from '../documents/limits';
import { parseDocument } from '../documents/parse-document';
import { keepDocument, type IngestContext } from './ingest-context';
import { ingestJsonl } from './ingest-jsonl';
import { readFileCapped } from './read-file-capped';

/** Ingests one file from disk by its extension: a document, JSON Lines, or media for the media handler. */
export const ingestFile = async (
  ctx: IngestContext,
  item: { input: string; path: string; fileName: string },
) => {
  const { input, path, fileName } = item;
  const format = formatOf(path);
  if (format === 'media' && ctx.deps.ingestMedia) {
    const result = await ctx.deps.ingestMedia({ source: 'file', input, path, fileName });
    ctx.out.stored(result.created, input, result.notes ?? []);
    return;
  }
  if (format === 'media' || format === 'not_document') {
    ctx.out.skipped(input, 'not a document');
    return;
  }
  if (format === 'jsonl') {
    await ingestJsonl(ctx, createReadStream(path), input, { fileName, url: null });
    return;
  }
  const bytes = await readFileCapped(path, input, MAX_DOCUMENT_BYTES);
  const parsed = parseDocument(bytes, { name: input }, format);
  await keepDocument(ctx, input, parsed, { fileName, url: null });
};
