import type { DocumentKind } from '@corroborate/core';

/** What a parser makes of one input: the fields of a document that come from its content. */
export interface ParsedDocument {
  kind: DocumentKind;
  title: string | null;
  byline: string | null;
  publishedAt: Date | null;
  language: string | null;
  /** Canonical address when the content names one (JSON Lines `url`). */
  url: string | null;
  text: string;
  /** Remarks for the document's ingestNotes, also surfaced as warnings. */
  notes: string[];
}

/** Where the bytes came from; `name` appears in every error message. */
export interface ParseContext {
  name: string;
  /** HTTP Content-Type, when fetched. */
  contentType?: string | null;
}
