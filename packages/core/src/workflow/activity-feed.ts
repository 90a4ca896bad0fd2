import type { AuditEvent } from '../domain/audit-event';
import { INCIDENT_ACTIONS } from './incident-actions';

export const FEED_KINDS = [
  'created',
  'updated',
  'status',
  'grade',
  'assigned',
  'unassigned',
  'comment',
  'claim_linked',
  'claim_unlinked',
  'merged',
  'split',
  'other',
] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

/** One line of an incident's activity feed. */
export interface FeedItem {
  seq: number;
  at: Date;
  actorId: string | null;
  kind: FeedKind;
  /** A short sentence without the actor ("changed status from new to in progress"). */
  text: string;
  /** User names @mentioned (comments only). */
  mentions: string[];
}

// Audit before/after are stored JSON of any shape: read them defensively.
const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
const text = (value: unknown, key: string): string | null => {
  const v = field(value, key);
  return typeof v === 'string' ? v : null;
};
const human = (status: string | null): string => (status === null ? 'none' : status.replaceAll('_', ' '));
const clip = (s: string, n = 140): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

const describeEvent = (e: AuditEvent): Pick<FeedItem, 'kind' | 'text' | 'mentions'> => {
  const plain = (kind: FeedKind, t: string) => ({ kind, text: t, mentions: [] });
  switch (e.action) {
    case INCIDENT_ACTIONS.create:
      return plain('created', `created the incident "${text(e.after, 'title') ?? e.entityId}"`);
    case INCIDENT_ACTIONS.update:
      return plain('updated', 'edited the incident');
    case INCIDENT_ACTIONS.transition:
      return plain(
        'status',
        `changed status from ${human(text(e.before, 'status'))} to ${human(text(e.after, 'status'))}`,
      );
    case INCIDENT_ACTIONS.grade: {
      const reason = text(e.after, 'gradeReason');
      const grade = `set grade to ${human(text(e.after, 'grade'))} (was ${human(text(e.before, 'grade'))})`;
      return plain('grade', reason === null ? grade : `${grade}: ${clip(reason)}`);
    }
    case INCIDENT_ACTIONS.assign:
      return plain('assigned', `assigned ${text(e.after, 'userId') ?? 'someone'}`);
    case INCIDENT_ACTIONS.unassign:
      return plain('unassigned', `unassigned ${text(e.after, 'userId') ?? 'someone'}`);
    case INCIDENT_ACTIONS.comment: {
      const m = field(e.after, 'mentions');
      const mentions = Array.isArray(m) ? m.filter((x): x is string => typeof x === 'string') : [];
      return { kind: 'comment', text: `commented: ${clip(text(e.after, 'body') ?? '')}`, mentions };
    }
    case INCIDENT_ACTIONS.linkClaim:
      return plain('claim_linked', `linked claim ${text(e.after, 'claimId') ?? ''}`.trim());
    case INCIDENT_ACTIONS.unlinkClaim:
      return plain('claim_unlinked', `unlinked claim ${text(e.before, 'claimId') ?? ''}`.trim());
    case INCIDENT_ACTIONS.merge: {
      const into = text(e.after, 'mergedInto');
      return plain(
        'merged',
        into === null
          ? `merged ${text(e.after, 'retiredId') ?? 'an incident'} into this one`
          : `merged into ${into}`,
      );
    }
    case INCIDENT_ACTIONS.split:
      return plain('split', `split claims off into ${text(e.after, 'newIncidentId') ?? 'a new incident'}`);
    default:
      return plain('other', e.action);
  }
};

/** Turns an incident's audit entries into feed items, newest first. */
export const activityFeed = (events: Iterable<AuditEvent>): FeedItem[] =>
  [...events]
    .sort((a, b) => b.seq - a.seq)
    .map((e) => ({ seq: e.seq, at: e.at, actorId: e.actorId, ...describeEvent(e) }));
