import { formatOf } from '../documents/document-format';
import { parseDocument } from '../documents/parse-document';
import { fetchUrl } from '../fetch/fetch-url';
import { keepDocument, type IngestContext } from './ingest-context';
import { ingestJsonl } from './ingest-jsonl';

/** Fetches an http(s) URL (SSRF-safe) and ingests what it returns by its content type. */
export const ingestUrl = async (ctx: IngestContext, input: string): Promise<void> => {
  const fetched = await (ctx.deps.fetchUrl ?? fetchUrl)(input, {
    allowPrivate: ctx.opts.allowPrivate,
    signal: ctx.opts.signal,
  });
  const { finalUrl, contentType, bytes } = fetched;
  const format = formatOf(new URL(finalUrl).pathname, contentType);
  if (format === 'media' && ctx.deps.ingestMedia) {
    const result = await ctx.deps.ingestMedia({
      source: 'url',
      input,
      url: input,
      finalUrl,
      contentType,
      bytes,
    });
    ctx.out.stored(result.created, input, result.notes ?? []);
    return;
  }
  if (format === 'media' || format === 'not_document') {
    ctx.out.skipped(input, `not a document (${contentType ?? 'no content type'})`);
    return;
  }
  const from = {
    fileName: null,
    url: finalUrl,
    extraNotes: finalUrl === input ? [] : [`redirected from ${input}`],
  };
  if (format === 'jsonl') {
    await ingestJsonl(ctx, oneChunk(bytes), input, { fileName: null, url: null });
    return;
  }
  const parsed = parseDocument(bytes, { name: input, contentType }, format);
  await keepDocument(ctx, input, parsed, from);
};

async function* oneChunk(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield await Promise.resolve(bytes);
}
