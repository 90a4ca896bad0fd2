import type { IngestFailure, IngestSummary } from './ingest-types';
import { describeFailure } from './ingest-errors';

/** Collects outcomes into an IngestSummary. */
export class SummaryBuilder {
  readonly summary: IngestSummary = {
    stored: 0,
    duplicates: 0,
    failed: [],
    warnings: [],
    skipped: [],
    aborted: false,
  };

  /** Counts a stored item and turns its notes into warnings. */
  stored(created: boolean, input: string, notes: readonly string[], line?: number): void {
    if (created) this.summary.stored += 1;
    else this.summary.duplicates += 1;
    for (const message of notes) this.summary.warnings.push({ input, message, ...(line ? { line } : {}) });
  }

  skipped(input: string, reason: string): void {
    this.summary.skipped.push({ input, reason });
  }

  /** Records a failure; rethrows what is not an input's fault (store faults, bugs). */
  failed(err: unknown, input: string, line?: number): void {
    const failure: IngestFailure = { input, ...describeFailure(err, input) };
    if (line) failure.line = line;
    this.summary.failed.push(failure);
  }
}
