import type { ParsedDocument } from '../documents/parsed-document';
import type { IngestDeps, IngestOptions } from './ingest-types';
import { storeDocument, toNewDocument, type Provenance } from './store-document';
import type { SummaryBuilder } from './summary-builder';

/** What each input handler needs: the deps, the options and the summary being built. */
export interface IngestContext {
  deps: IngestDeps;
  opts: IngestOptions;
  out: SummaryBuilder;
}

/** Stores one parsed document and records the outcome (stored or duplicate, warnings). */
export const keepDocument = async (
  ctx: IngestContext,
  input: string,
  parsed: ParsedDocument,
  from: Omit<Provenance, 'retrievedAt'>,
  line?: number,
): Promise<void> => {
  const doc = toNewDocument(parsed, { ...from, retrievedAt: ctx.deps.clock.now() }, ctx.deps.hasher);
  const { created } = await storeDocument(ctx.deps.store, doc);
  ctx.out.stored(created, input, parsed.notes, line);
};
