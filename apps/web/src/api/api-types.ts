// Wire shapes of the REST API (apps/server/openapi.json); dates arrive as ISO strings.
import type {
  ClaimEvent,
  ClaimFacts,
  ClaimReviewState,
  ClaimStance,
  DocumentStatus,
  ExifSummary,
  Grade,
  IncidentPlace,
  IncidentStatus,
  Sensitivity,
} from '@corroborate/core';

export type { ClaimEvent, ClaimFacts, ClaimStance, DocumentStatus, Grade, IncidentStatus, Sensitivity };

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: 'viewer' | 'analyst' | 'editor' | 'admin';
}

export interface DocumentSummary {
  id: string;
  kind: string;
  title: string | null;
  fileName: string | null;
  url: string | null;
  publishedAt: string | null;
  language: string | null;
  status: DocumentStatus;
  sourceId: string | null;
  createdAt: string;
}

export interface DocumentFull extends DocumentSummary {
  text: string;
  byline: string | null;
  retrievedAt: string;
}

export interface ClaimRecord {
  id: string;
  documentId: string;
  extracted: ClaimFacts;
  corrected: ClaimFacts | null;
  review: ClaimReviewState;
  incidentId: string | null;
}

export interface SourceRecord {
  id: string;
  name: string;
  kind: string;
}

export interface Incident {
  id: string;
  title: string;
  place: IncidentPlace | null;
  dateFrom: string | null;
  dateTo: string | null;
  eventKinds: ClaimEvent[];
  perpetrators: string[];
  status: IncidentStatus;
  grade: Grade | null;
  gradeReason: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface RangeLine {
  sourceClass: string;
  speaker: string;
  claimId: string;
  documentId: string;
  published: string | null;
  url: string | null;
  title: string | null;
  stance: string;
  min: number;
  max: number | null;
  approx: boolean;
  text: string;
  repeatCount: number;
  counted: boolean;
}

export interface EventRange {
  event: string;
  min: number | null;
  max: number | null;
  minBasis: string | null;
  maxBasis: string | null;
  lines: RangeLine[];
  excluded: { claimId: string; ruleId: string; reason: string }[];
  explanation: string;
  flags: string[];
}

export interface Reconciliation {
  events: EventRange[];
  explanation: string;
  suggestion: { grade: string; ruleId: string; reasons: string[] };
  claimCount: number;
  computedAt: string;
}

export interface LinkedClaim {
  id: string;
  documentId: string;
  review: string;
  facts: ClaimFacts;
  corrected: boolean;
}

export interface GradeEntry {
  grade: string;
  reason: string;
  previousGrade: string | null;
  actorId: string | null;
  at: string;
}

export interface MediaLink {
  mediaId: string;
  note: string | null;
  linkedAt: string;
}

export interface IncidentDetail {
  incident: Incident;
  reconciliation: Reconciliation | null;
  claims: LinkedClaim[];
  gradeHistory: GradeEntry[];
  media: MediaLink[];
  nextStatuses: IncidentStatus[];
}

export interface Comment {
  id: string;
  authorId: string;
  body: string;
  createdAt: string;
}

export interface FeedItem {
  seq: number;
  at: string;
  actorId: string | null;
  kind: string;
  text: string;
}

export interface MediaSummary {
  id: string;
  mimeType: string;
  width: number | null;
  height: number | null;
  sensitivity: Sensitivity;
  fileName: string | null;
  exif: ExifSummary | null;
  firstSeenAt: string;
  hasThumbnail: boolean;
}

export interface MediaMatchView {
  kind: string;
  otherMediaId: string | null;
  firstSeenAt: string | null;
  listLabel: string | null;
  distance: number;
  variant: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Facets of the incident search (all optional; words match title and place). */
export interface SearchFilters {
  q?: string;
  kind?: string;
  grade?: string;
  status?: string;
  country?: string;
  admin1?: string;
  perpetrator?: string;
  dateFrom?: string;
  dateTo?: string;
}

export interface IncidentSearchResult {
  total: number;
  /** The first page of matches, newest first. */
  items: Incident[];
  /** [lat, lon] of every match that has coordinates, for the map. */
  points: [number, number][];
}
