import type { ClaimFacts } from '../domain/claim';
import { formatDay } from './format-figures';
import type { ChainMember, ReconcileInput, SourceClass } from './reconcile.types';
import type { Speaker } from './speaker';

/** A counted or denial claim with its speaker and class resolved. */
export interface ClassifiedClaim {
  input: ReconcileInput;
  speaker: Speaker;
  sourceClass: SourceClass;
}

/** Claims of one origin, the first report first. */
export interface Chain {
  originKey: string;
  sourceClass: SourceClass;
  members: ClassifiedClaim[];
}

/** The default origin (R4): the same speaker giving the same figure for the same event. */
export const deriveOriginKey = (facts: ClaimFacts, speakerKey: string): string =>
  `${speakerKey}|${facts.event}|${facts.count.min}-${facts.count.max ?? 'open'}`;

// The more specific class wins: a media outlet relaying a figure says nothing about its speaker.
const CLASS_PRIORITY: SourceClass[] = ['denial', 'self_claim', 'official', 'independent', 'unattributed'];

const originKeys = (claims: ClassifiedClaim[]): Map<string, string> => {
  const byId = new Map(claims.map((c) => [c.input.claimId, c]));
  const keys = new Map<string, string>();
  const keyOf = (c: ClassifiedClaim, seen: Set<string>): string => {
    const known = keys.get(c.input.claimId);
    if (known !== undefined) return known;
    const { originKey, repeatsClaimId } = c.input;
    const target = repeatsClaimId == null ? undefined : byId.get(repeatsClaimId);
    let key: string;
    if (originKey != null && originKey !== '') key = `=${originKey}`;
    else if (target !== undefined && !seen.has(target.input.claimId))
      key = keyOf(target, seen.add(c.input.claimId));
    else key = deriveOriginKey(c.input.facts, c.speaker.key);
    keys.set(c.input.claimId, key);
    return key;
  };
  for (const c of claims) keyOf(c, new Set());
  return keys;
};

const publishedTime = (c: ClassifiedClaim): number =>
  c.input.document.publishedAt?.getTime() ?? Number.POSITIVE_INFINITY;

// The origin's own publication first (the ISIS statement before outlets quoting it), then by date.
const byFirstReport = (a: ClassifiedClaim, b: ClassifiedClaim): number =>
  Number(b.speaker.ownReport) - Number(a.speaker.ownReport) ||
  publishedTime(a) - publishedTime(b) ||
  a.input.claimId.localeCompare(b.input.claimId);

/** Groups claims of one event into same-origin chains (R4); a denial never joins a chain of counts. */
export const buildChains = (claims: ClassifiedClaim[]): Chain[] => {
  const keys = originKeys(claims);
  const groups = new Map<string, ClassifiedClaim[]>();
  for (const c of claims) {
    const base = keys.get(c.input.claimId) ?? '';
    const key = c.sourceClass === 'denial' ? `${base}|denied` : base;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return [...groups].map(([originKey, members]) => {
    const sorted = [...members].sort(byFirstReport);
    const sourceClass =
      CLASS_PRIORITY.find((k) => members.some((m) => m.sourceClass === k)) ?? 'unattributed';
    return { originKey, sourceClass, members: sorted };
  });
};

/** How a report appears in a chain listing. */
export const chainMember = (c: ClassifiedClaim): ChainMember => ({
  claimId: c.input.claimId,
  documentId: c.input.document.id,
  publisher: c.input.source?.name ?? null,
  published: formatDay(c.input.document.publishedAt),
  url: c.input.document.url,
});
