export * from './places';
export { extract } from './extract';
export type { ExtractOptions } from './extract';
export { extractJsonlLine } from './extract-jsonl';
export { toClaimFacts } from './to-claim-facts';
export type { ReadDeps } from './read-document';
export { STANCE_KINDS } from './extraction-result';
export type {
  CountPart,
  DocumentSummary,
  ExtractedClaim,
  ExtractionResult,
  PublishedFrom,
  StanceKind,
  StanceMention,
  SummaryRange,
} from './extraction-result';
export type { DateMention } from './dates/find-dates';
export { VAGUE_RANGES } from './numbers/vague-quantities';
