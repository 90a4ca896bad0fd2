import type { Assessment } from './assessment';

/** How reader comments reach a page: held for an editor first (pre), or shown at once (post). */
export const MODERATION_MODES = ['pre', 'post'] as const;
export type ModerationMode = (typeof MODERATION_MODES)[number];

/** An assessment as the public site shows it: the incident it is about, its tags and country. */
export interface PublishedAssessment extends Assessment {
  tags: string[];
  /** ISO 3166-1 alpha-2 of the incident's place, for country pages; null when unknown. */
  country: string | null;
  moderation: ModerationMode;
}

export const PUBLIC_COMMENT_STATUSES = ['pending', 'approved', 'rejected', 'spam'] as const;
export type PublicCommentStatus = (typeof PUBLIC_COMMENT_STATUSES)[number];

/** A reader's comment on a published assessment; the body is markdown-subset source, rendered on output. */
export interface PublicComment {
  id: string;
  assessmentId: string;
  authorName: string;
  /** A signed-in reader's avatar (https, from their identity provider), else null. */
  authorAvatarUrl: string | null;
  /** Who wrote it, for rate limits and bans: a reader id or a hash of the address; never shown. */
  authorKey: string;
  body: string;
  /** Evidence the reader attached: goes to the investigators' inbox, never onto the page. */
  evidenceUrl: string | null;
  status: PublicCommentStatus;
  createdAt: Date;
}

/** An editor's verdict on a published photo, in schema.org MediaReview's terms. */
export const MEDIA_AUTHENTICITY_VERDICTS = [
  'original',
  'decontextualized',
  'edited',
  'transformed',
  'staged',
  'satire',
] as const;
export type MediaAuthenticity = (typeof MEDIA_AUTHENTICITY_VERDICTS)[number];

/** The verdict on one photo of a published assessment (its MediaReview). */
export interface PublishedMediaReview {
  assessmentId: string;
  mediaId: string;
  authenticity: MediaAuthenticity;
  /** Where and when the photo really comes from, plain text. */
  context: string;
  /** The photo's earliest known publication, when found. */
  originalLink: string | null;
  reviewedAt: Date;
}
