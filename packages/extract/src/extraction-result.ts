import type { ClaimCount, ClaimDate, ClaimFacts, ClaimPlace, Span, VictimType } from '@corroborate/core';
import type { DateMention } from './dates/find-dates';
import type { PlaceMention } from './places';

/** One group of victims inside a claim ("15 civilians" in "15 civilians and eight policemen"). */
export interface CountPart {
  min: number;
  max: number | null;
  text: string;
  type: VictimType;
  span: Span;
}

/** A casualty claim as extracted: the storable facts plus the evidence of how they were read. */
export interface ExtractedClaim extends ClaimFacts {
  count: ClaimCount & { span: Span; vague: string | null };
  /** `text.slice(span[0], span[1])`. */
  quote: string;
  /** The groups whose counts were added up (one group when nothing was summed). */
  parts: CountPart[];
  /** Groups named as part of the victims ("including four children"), not added. */
  subsets: CountPart[];
}

/** What a speaker says about whether a claim or its evidence is true. */
export const STANCE_KINDS = ['supports', 'doubts', 'denies', 'unverified', 'not_confirmed', 'other'] as const;
export type StanceKind = (typeof STANCE_KINDS)[number];

/** A stance mention: the words, who holds it ("publisher" when nobody is named) and its kind. */
export interface StanceMention {
  text: string;
  span: Span;
  speaker: string;
  stance: StanceKind;
}

/** A count range in the document summary. */
export interface SummaryRange {
  min: number;
  max: number | null;
}

/** The main event of the document, pre-filled from its claims. */
export interface DocumentSummary {
  killed: SummaryRange | null;
  injured: SummaryRange | null;
  place: ClaimPlace | null;
  /** A span-less date means "assumed: the publication day" (no date in the text). */
  date: ClaimDate | null;
  perpetrator: string | null;
}

/** Where the publication date came from: the caller, or a dateline in the text. */
export type PublishedFrom = { source: 'given' } | { source: 'dateline'; text: string; span: Span };

/** Everything `extract` reads from one text; the JSON shape of `corroborate extract`. */
export interface ExtractionResult {
  published: string | null;
  published_from: PublishedFrom | null;
  claims: ExtractedClaim[];
  stances: StanceMention[];
  places: PlaceMention[];
  dates: DateMention[];
  summary: DocumentSummary;
}
