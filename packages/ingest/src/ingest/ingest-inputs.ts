import { ingestFile } from './ingest-file';
import { StoreFault } from './ingest-errors';
import type { IngestDeps, IngestOptions, IngestSummary } from './ingest-types';
import { ingestUrl } from './ingest-url';
import { countWorkItems, walkInputs, type WorkItem } from './input-walker';
import { SummaryBuilder } from './summary-builder';
import type { IngestContext } from './ingest-context';

/**
 * Ingests files, folders (walked recursively) and http(s) URLs one at a time: each document is
 * parsed, stored with its `document.extract` job in one transaction, and counted as stored or
 * duplicate; each problem becomes a one-line failure naming its input. Resolves with the summary;
 * rejects only for faults that are not an input's (the store failing, a bug).
 */
export const ingestInputs = async (
  inputs: readonly string[],
  deps: IngestDeps,
  opts: IngestOptions,
): Promise<IngestSummary> => {
  const out = new SummaryBuilder();
  const ctx: IngestContext = { deps, opts, out };
  const total = opts.onProgress ? await countWorkItems(inputs) : 0;
  let done = 0;
  for await (const item of walkInputs(inputs)) {
    if (opts.signal?.aborted) break;
    await ingestItem(ctx, item);
    done += 1;
    opts.onProgress?.({ done, total: Math.max(total, done), input: item.input });
  }
  out.summary.aborted = opts.signal?.aborted ?? false;
  return out.summary;
};

const ingestItem = async (ctx: IngestContext, item: WorkItem): Promise<void> => {
  try {
    if (item.kind === 'url') await ingestUrl(ctx, item.input);
    else if (item.kind === 'file') await ingestFile(ctx, item);
    else if (item.kind === 'skip') ctx.out.skipped(item.input, item.reason);
    else throw item.error;
  } catch (err) {
    // A fetch cut short by the caller's cancel is not a failure of its input.
    if (ctx.opts.signal?.aborted && !(err instanceof StoreFault)) return;
    ctx.out.failed(err, item.input);
  }
};

/** The process exit code for a run: non-zero only when nothing at all could be ingested. */
export const ingestExitCode = (summary: IngestSummary): 0 | 1 =>
  summary.stored + summary.duplicates > 0 ? 0 : 1;
