import { CLAIM_EVENTS, type ClaimEvent } from '../domain/claim';
import { DomainError, type Issue } from '../domain/errors';
import { formatDay } from './format-figures';
import { buildChains, chainMember, type Chain, type ClassifiedClaim } from './origin-chains';
import { explainReconciliation } from './reconcile-explanation';
import { computeRange } from './reconcile-range';
import { RULE_IDS, type RuleId } from './reconcile-rules';
import type {
  EventReconciliation,
  ExcludedClaim,
  OriginChain,
  ReconcileInput,
  ReconcileLine,
  ReconcileOptions,
  SourceClass,
} from './reconcile.types';
import { classifyClaim, resolveSpeaker } from './speaker';

const LINE_ORDER: SourceClass[] = ['self_claim', 'official', 'independent', 'unattributed', 'denial'];

const validate = (inputs: ReconcileInput[]): void => {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  inputs.forEach((input, i) => {
    const { min, max } = input.facts.count;
    if (seen.has(input.claimId))
      issues.push({ path: [i, 'claimId'], message: `duplicate claim ${input.claimId}` });
    seen.add(input.claimId);
    if (!Number.isFinite(min) || min < 0)
      issues.push({ path: [i, 'facts', 'count', 'min'], message: `min must be a number >= 0, got ${min}` });
    if (max !== null && !(max >= min))
      issues.push({ path: [i, 'facts', 'count', 'max'], message: `max ${max} is below min ${min}` });
  });
  if (issues.length > 0)
    throw new DomainError('validation_failed', `reconcile: ${issues.length} invalid claim input(s)`, issues);
};

/** R1/R2: the reason a claim is not counted at all, or null when it takes part. */
const exclusion = (input: ReconcileInput): ExcludedClaim | null => {
  if (input.facts.stance === 'conditional')
    return {
      claimId: input.claimId,
      ruleId: 'R1-conditional-excluded',
      reason: `conditional statement "${input.facts.count.text}" is never counted`,
    };
  if (input.review === 'rejected')
    return { claimId: input.claimId, ruleId: 'R2-rejected-excluded', reason: 'rejected by a reviewer' };
  return null;
};

const toLine = (chain: Chain): ReconcileLine | null => {
  const first = chain.members[0];
  if (first === undefined) return null;
  const { facts, document } = first.input;
  return {
    sourceClass: chain.sourceClass,
    speaker: first.speaker.name,
    originKey: chain.originKey,
    claimId: first.input.claimId,
    documentId: document.id,
    published: formatDay(document.publishedAt),
    url: document.url,
    title: document.title,
    stance: facts.stance,
    min: facts.count.min,
    max: facts.count.max,
    approx: facts.count.approx,
    text: facts.count.text,
    repeatCount: chain.members.length - 1,
    counted: chain.sourceClass !== 'denial',
  };
};

const compareLines = (a: ReconcileLine, b: ReconcileLine): number =>
  LINE_ORDER.indexOf(a.sourceClass) - LINE_ORDER.indexOf(b.sourceClass) ||
  (a.published ?? '9999').localeCompare(b.published ?? '9999') ||
  a.claimId.localeCompare(b.claimId);

const reconcileEvent = (
  event: ClaimEvent,
  inputs: ReconcileInput[],
  opts: ReconcileOptions,
): EventReconciliation => {
  const excluded: ExcludedClaim[] = [];
  const classified: ClassifiedClaim[] = [];
  for (const input of inputs) {
    const out = exclusion(input);
    if (out !== null) {
      excluded.push(out);
      continue;
    }
    const speaker = resolveSpeaker(input, opts.aliases);
    classified.push({ input, speaker, sourceClass: classifyClaim(input, speaker, opts.aliases) });
  }
  const built = buildChains(classified);
  const lines = built.flatMap((c) => toLine(c) ?? []).sort(compareLines);
  const chains: OriginChain[] = built
    .filter((c) => c.members.length > 1)
    .map((c) => ({
      originKey: c.originKey,
      first: chainMember(c.members[0] as ClassifiedClaim),
      repeats: c.members.slice(1).map(chainMember),
    }))
    .sort(
      (a, b) =>
        lines.findIndex((l) => l.originKey === a.originKey) -
        lines.findIndex((l) => l.originKey === b.originKey),
    );
  const counted = lines.filter((l) => l.counted);
  const range = computeRange(counted);
  const used = new Set<RuleId>(excluded.map((e) => e.ruleId));
  if (lines.some((l) => !l.counted)) used.add('R3-denial-separate');
  if (chains.length > 0) used.add('R4-same-origin-once');
  if (lines.length > 0) used.add('R5-source-class');
  if (range.minTier === 0) used.add('R6-min-independent');
  if (range.minTier !== null && range.minTier > 0) used.add('R7-min-fallback');
  if (range.maxLine !== null) used.add('R8-max-all-counted');
  if (range.flags.includes('max_from_self_claim')) used.add('R9-self-claim-explicit');
  if (counted.some((l) => l.max === null)) used.add('R10-open-ended');
  return {
    event,
    min: range.min,
    max: range.max,
    minBasis: range.minLine?.sourceClass ?? null,
    maxBasis: range.maxLine?.sourceClass ?? null,
    independentRange: range.independentRange,
    lines,
    chains,
    excluded,
    explanation: explainReconciliation(event, range, lines, chains, excluded),
    ruleIds: RULE_IDS.filter((id) => used.has(id)),
    flags: range.flags,
  };
};

/**
 * Reconciles the claims linked to one incident into a range per event kind, in `CLAIM_EVENTS` order.
 * Pure and deterministic; see reconcile/README.md for the rules.
 * @throws DomainError('validation_failed') for duplicate claim ids or impossible counts.
 */
export const reconcileClaims = (
  inputs: ReconcileInput[],
  opts: ReconcileOptions = {},
): EventReconciliation[] => {
  validate(inputs);
  return CLAIM_EVENTS.flatMap((event) => {
    const forEvent = inputs.filter((i) => i.facts.event === event);
    return forEvent.length === 0 ? [] : [reconcileEvent(event, forEvent, opts)];
  });
};
